import { createRenderer } from '@astrojs/starlight/expressive-code';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
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
const themes = ['night-owl', 'light-plus'];
const options = { themes, defaultProps: expressiveCode.defaultProps, shiki: expressiveCode.shiki };

type Rendered = { element: string; classes: string[]; declarations: string[] }[];

/** Every element's classes and style declarations, in document order; the class names and styles as `.a3` → `--0:…`. */
async function render(code: string, language: string, withClasses: boolean, before: string[] = []) {
	const renderer = withClasses
		? await classedRenderer({ ...options, plugins: [codeClasses()] })
		: await createRenderer(options);
	for (const other of before) await renderer.ec.render({ code: other, language: 'ts' });
	const { renderedGroupAst } = await renderer.ec.render({ code, language });
	const elements: Rendered = [];
	visit(renderedGroupAst, 'element', (element: Element) => {
		const style = String(element.properties.style ?? '');
		elements.push({
			element: element.tagName,
			classes: ((element.properties.className ?? []) as string[]).map(String),
			declarations: style ? style.split(';').map((part) => part.trim()) : [],
		});
	});
	const definitions = new Map(
		[...renderer.baseStyles.matchAll(/\.expressive-code (?:\.ec-line|pre)?\.([a-z]\w*)\{(--[\w-]+:[^;}]+)\}/g)].map(
			(match) => [match[1] as string, [match[2] as string]],
		),
	);
	return { elements, definitions, html: toHtml(renderedGroupAst), renderer };
}

describe('code block classes', { timeout: 60_000 }, () => {
	it('puts no style attribute on tokens, line indents or the wrapped <pre>', async () => {
		const { html } = await render(long, 'ts', true);
		expect(html).toContain('<span class="');
		expect(html).not.toMatch(/style="[^"]*--(?:\d|ecIndent|ecMaxLine)/);
	});

	it('gives every element exactly the custom properties its style attribute gave it', async () => {
		for (const [code, language] of [
			[long, 'ts'],
			[short, 'sh'],
		] as const) {
			const plain = await render(code, language, false);
			const classed = await render(code, language, true);
			expect(classed.elements.length).toBe(plain.elements.length);
			const carried = classed.elements.map(({ classes, declarations }) => [
				...declarations,
				...classes.flatMap((name) => classed.definitions.get(name) ?? []),
			]);
			// `--ecMaxLine` of 20ch or more is dropped on purpose: Expressive Code reads it only through min(20ch, …).
			const expected = plain.elements.map(({ declarations }) =>
				declarations.filter((declaration) => !/^--ecMaxLine:(?:[2-9]\d|\d{3,})ch$/.test(declaration)),
			);
			const lower = (list: string[][]) => list.map((each) => each.map((d) => d.toLowerCase()).sort());
			expect(lower(carried)).toEqual(lower(expected));
			expect(expected.flat().length).toBeGreaterThan(4);
		}
	});

	it('lets the themes, not the order of rendering, name the classes', async () => {
		const alone = await render(long, 'ts', true);
		const after = await render(long, 'ts', true, ['const first = { a: 1, b: "two", c: null };']);
		expect(after.html).toBe(alone.html);
	});

	it('adds every token class to Expressive Code’s per-theme rule', async () => {
		const { elements, renderer } = await render(long, 'ts', true);
		const tokenClasses = new Set(elements.filter((e) => e.element === 'span').flatMap((e) => e.classes));
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
