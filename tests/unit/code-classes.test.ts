import { createRenderer, type ThemeObjectOrShikiThemeName } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { expressiveCode } from '../../src/config/expressive-code.ts';
import { codeClasses } from '../../src/features/code-blocks/plugin.ts';
import { classedRenderer } from '../../src/features/code-blocks/renderer.ts';

const long = [
	'export async function handler(request: Request): Promise<Response> {',
	'  const body = await request.json(); // parse once',
	'    if (!body) {',
	"      throw new Error('empty body');",
	'    }',
	'  return new Response(null, { status: 204 });',
	'}',
].join('\n');
const short = 'ls -la';
// Starlight's themes are Night Owl dark and light with its UI colours; the bundled Shiki ones carry the same rules.
const themes: ThemeObjectOrShikiThemeName[] = ['night-owl', 'light-plus'];
const options = { themes, defaultProps: expressiveCode.defaultProps, shiki: expressiveCode.shiki };

type Layout = { element: string; declarations: string[] }[];
type Painted = { text: string; declarations: string[] }[];

/**
 * A block rendered with or without our plugin, read back as what CSS would see: the custom properties of every
 * element but token spans (with our classes replaced by what the stylesheet declares for them), and for every piece
 * of code text, the token properties it gets: each theme's `--<n>` (and `--<n>fs`…) from the nearest token around
 * it, as custom properties inherit, or the code's own colour (`codeForeground`) where no token names one.
 */
async function render(code: string, language: string, withClasses: boolean, before: string[] = []) {
	const renderer = withClasses
		? await classedRenderer({ ...options, plugins: [codeClasses()] })
		: await createRenderer(options);
	for (const other of before) await renderer.ec.render({ code: other, language: 'ts' });
	const { renderedGroupAst } = await renderer.ec.render({ code, language });
	const definitions = new Map(
		[...renderer.baseStyles.matchAll(/\.expressive-code (?:\.ec-line|pre)?\.([a-z]\w*)\{(--[\w-]+:[^;}]+)\}/g)].map(
			(match) => [match[1] as string, match[2] as string],
		),
	);
	const declarationsOf = (element: Element) => {
		const style = String(element.properties.style ?? '');
		const classes = ((element.properties.className ?? []) as string[]).map(String);
		return [...(style ? style.split(';') : []), ...classes.flatMap((name) => definitions.get(name) ?? [])].map(
			(declaration) => declaration.trim().toLowerCase(),
		);
	};
	const foreground = renderer.ec.styleVariants.map(
		(variant, index) => `--${index}:${variant.resolvedStyleSettings.get('codeForeground')?.toLowerCase()}`,
	);
	const layout: Layout = [];
	const painted: Painted = [];
	const walk = (node: ElementContent | Root, ancestors: Element[]) => {
		if (node.type === 'element' && node.tagName !== 'span') {
			layout.push({ element: node.tagName, declarations: declarationsOf(node).sort() });
		}
		if (node.type === 'element' || node.type === 'root') {
			const inside = node.type === 'element' ? [...ancestors, node] : ancestors;
			for (const child of node.children) walk(child as ElementContent, inside);
			return;
		}
		if (node.type !== 'text' || !ancestors.some((a) => a.tagName === 'code')) return;
		const inherited = new Map(foreground.map((declaration) => [declaration.split(':')[0] as string, declaration]));
		for (const ancestor of ancestors.filter((a) => a.tagName === 'span')) {
			for (const declaration of declarationsOf(ancestor))
				inherited.set(declaration.split(':')[0] as string, declaration);
		}
		painted.push({ text: node.value, declarations: [...inherited.values()].sort() });
	};
	walk(renderedGroupAst, []);
	// Adjacent text painted alike is one run, however many spans it came in.
	const runs = painted.reduce<Painted>((list, piece) => {
		const last = list.at(-1);
		if (last && last.declarations.join() === piece.declarations.join()) last.text += piece.text;
		else list.push({ ...piece });
		return list;
	}, []);
	return { layout, runs, html: toHtml(renderedGroupAst), renderer };
}

describe('code block classes', { timeout: 60_000 }, () => {
	it('puts no style attribute on tokens, line indents or the wrapped <pre>', async () => {
		const { html } = await render(long, 'ts', true);
		expect(html).toContain('<span class="');
		expect(html).not.toMatch(/style="[^"]*--(?:\d|ecIndent|ecMaxLine)/);
	});

	it('paints every piece of code, line and <pre> with exactly the properties its style attributes gave it', async () => {
		for (const [code, language] of [
			[long, 'ts'],
			[short, 'sh'],
		] as const) {
			const plain = await render(code, language, false);
			const classed = await render(code, language, true);
			expect(classed.runs).toEqual(plain.runs);
			expect(new Set(plain.runs.map((run) => run.declarations.join())).size).toBeGreaterThan(2);
			// `--ecMaxLine` of 20ch or more is dropped on purpose: Expressive Code reads it only through min(20ch, …).
			const expected = plain.layout.map(({ element, declarations }) => ({
				element,
				declarations: declarations.filter((declaration) => !/^--ecmaxline:(?:[2-9]\d|\d{3,})ch$/.test(declaration)),
			}));
			expect(classed.layout).toEqual(expected);
			expect(expected.flatMap((each) => each.declarations).length).toBeGreaterThan(0);
		}
	});

	it('writes a token in the code’s own colour as plain text', async () => {
		const plain = await render(long, 'ts', false);
		const classed = await render(long, 'ts', true);
		const spans = (html: string) => html.split('<span').length - 1;
		expect(spans(classed.html)).toBeLessThan(spans(plain.html) * 0.8);
	});

	it('lets the themes, not the order of rendering, name the classes', async () => {
		const alone = await render(long, 'ts', true);
		const after = await render(long, 'ts', true, ['const first = { a: 1, b: "two", c: null };']);
		expect(after.html).toBe(alone.html);
	});

	it('adds every token class to Expressive Code’s per-theme rule', async () => {
		const { html, renderer } = await render(long, 'ts', true);
		const tokenClasses = new Set(
			[...html.matchAll(/<span class="([^"]*)"/g)].flatMap((match) => (match[1] as string).split(' ')),
		);
		tokenClasses.delete('indent');
		expect(tokenClasses.size).toBeGreaterThan(3);
		const themeRules = [
			...renderer.themeStyles.matchAll(/:where\((span\[style\^='--'\]:not\(\[class\]\)[^)]*)\)\{color:var\(--(\d)/g),
		];
		expect(themeRules.map((rule) => rule[2])).toEqual(expect.arrayContaining(['0', '1']));
		for (const [, selectors] of themeRules) {
			for (const name of tokenClasses) expect(selectors?.split(',')).toContain(`.${name}`);
		}
	});
});
