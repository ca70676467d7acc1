import { createMermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../../lib/chromium.ts';
import { renderSettings } from '../render-settings.ts';
import { inlineStyles } from './inline-styles.ts';

export type RenderResult = { ok: true; svg: string; width: number; height: number } | { ok: false; message: string };

/**
 * Renders diagrams with the real Mermaid in one Chromium session, once each: colours become palette
 * classes that diagrams.css themes, so one SVG serves both themes.
 */
export async function renderAll(codes: string[]): Promise<RenderResult[]> {
	const render = createMermaidRenderer({
		browserType: chromium,
		launchOptions: { executablePath: ensureChromium(), args: chromiumArgs },
	});
	const results = await render(codes, { prefix: 'm', mermaidConfig: renderSettings as never });
	const rendered = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
	const inlined = await inlineStyles(rendered.map((value) => value.svg));
	let next = 0;
	return results.map((result): RenderResult => {
		if (result.status !== 'fulfilled') {
			return { ok: false, message: (result.reason as Error | undefined)?.message ?? 'unknown render failure' };
		}
		const baked = inlined[next++];
		if (!baked) return { ok: false, message: 'styles could not be baked into the SVG' };
		if (baked.unmapped.length > 0) {
			return {
				ok: false,
				message: `Mermaid drew colours outside the palette (${baked.unmapped.join('; ')}): set the Mermaid theme variable that draws them to a palette colour in src/features/diagrams/render-settings.ts.`,
			};
		}
		return { ok: true, svg: baked.svg, width: Math.ceil(result.value.width), height: Math.ceil(result.value.height) };
	});
}
