import { createMermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright-core';
import { renderSettings, type ThemeName, themes } from '../config/markdown/render-settings.ts';
import { chromiumArgs, ensureChromium } from '../scripts/chromium.ts';
import { inlineStyles } from './inline-styles.ts';

export type RenderResult =
	| { ok: true; svg: Record<ThemeName, string>; width: number; height: number }
	| { ok: false; message: string };

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
	const rendered = perTheme.flatMap((results) => results.filter((r) => r.status === 'fulfilled').map((r) => r.value));
	const inlined = await inlineStyles(rendered.map((value) => value.svg));
	rendered.forEach((value, index) => {
		value.svg = inlined[index] ?? value.svg;
	});
	return codes.map((_, index) => {
		const settled = themes.map((_, t) => perTheme[t]?.[index]);
		const failed = settled.find((result) => result?.status !== 'fulfilled');
		if (failed) {
			const reason = failed?.status === 'rejected' ? (failed.reason as Error) : undefined;
			return { ok: false, message: reason?.message ?? 'unknown render failure' };
		}
		const values = settled.map(
			(result) => (result as PromiseFulfilledResult<{ svg: string; width: number; height: number }>).value,
		);
		const [first] = values as [{ width: number; height: number }];
		const svg = Object.fromEntries(themes.map((theme, t) => [theme, values[t]?.svg ?? ''])) as Record<
			ThemeName,
			string
		>;
		return { ok: true, svg, width: Math.ceil(first.width), height: Math.ceil(first.height) };
	});
}
