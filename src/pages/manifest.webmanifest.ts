import type { APIRoute } from 'astro';
import { appIcons, iconHref, webApp } from '../config/web-app.ts';

/** The web app manifest: lets readers install the site; the service worker makes the installed app work offline. */
export function webAppManifest() {
	return {
		id: '/',
		name: webApp.name,
		short_name: webApp.shortName,
		description: webApp.description,
		lang: 'en',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: webApp.themeColor,
		background_color: webApp.backgroundColor,
		icons: appIcons
			.filter((icon) => icon.name !== 'apple-touch-icon')
			.map((icon) => ({
				src: iconHref(icon),
				sizes: `${icon.size}x${icon.size}`,
				type: 'image/png',
				purpose: icon.purpose,
			})),
	};
}

export const GET: APIRoute = () =>
	new Response(JSON.stringify(webAppManifest(), null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
