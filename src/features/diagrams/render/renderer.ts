import { createMermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../../lib/chromium.ts';
import { renderSettings, type ThemeName, themes } from '../render-settings.ts';
import { inlineStyles } from './inline-styles.ts';

export type RenderResult =
	| { ok: true; svg: Record<ThemeName, string>; width: number; height: number }
	| { ok: false; message: string };

interface Rendered {
	svg: string;
	width: number;
	height: number;
}

/** Renders diagrams with the real Mermaid in one Chromium session, both themes, one batch per theme. */
export async function renderAll(codes: string[]): Promise<RenderResult[]> {
	const render = createMermaidRenderer({
		browserType: chromium,
		launchOptions: { executablePath: ensureChromium(), args: chromiumArgs },
	});
	const perTheme = await Promise.all(
		themes.map((theme) => render(codes, { prefix: `m${theme}`, mermaidConfig: renderSettings[theme] as never })),
	);
	// Bake styles into attributes for every successful render, all themes in one browser page.
	const rendered: Rendered[] = perTheme.flatMap((results) =>
		results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])),
	);
	const inlined = await inlineStyles(rendered.map((value) => value.svg));
	rendered.forEach((value, index) => {
		value.svg = inlined[index] ?? value.svg;
	});
	return codes.map((_, index): RenderResult => {
		const settled = perTheme.map((results) => results[index]);
		const svg = {} as Record<ThemeName, string>;
		let size: Rendered | undefined;
		for (const [t, result] of settled.entries()) {
			if (result?.status !== 'fulfilled') {
				const reason = result?.status === 'rejected' ? (result.reason as Error) : undefined;
				return { ok: false, message: reason?.message ?? 'unknown render failure' };
			}
			svg[themes[t] as ThemeName] = result.value.svg;
			size ??= result.value;
		}
		return { ok: true, svg, width: Math.ceil(size?.width ?? 0), height: Math.ceil(size?.height ?? 0) };
	});
}
