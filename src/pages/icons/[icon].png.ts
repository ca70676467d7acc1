import type { APIRoute, GetStaticPaths } from 'astro';
import { type AppIcon, appIcons } from '../../config/web-app.ts';
import { renderAppIcon } from '../../lib/app-icon.ts';

// App icons for the web app manifest and iOS, rendered from src/assets/logo.svg so they never drift from it.
export const getStaticPaths = (() =>
	appIcons.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
	new Response(new Uint8Array(await renderAppIcon(props.icon)), { headers: { 'Content-Type': 'image/png' } });
