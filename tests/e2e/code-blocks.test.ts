import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxIndentClass } from '../../src/features/code-blocks/plugin.ts';
import { builtPagePaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';

const site = useSite();
const dist = join(process.cwd(), 'dist');
const html = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const pages = [...builtPagePaths(), '/404.html'];

/** Each code block's markup on a page, as written (Expressive Code's wrapper <div> to its figure's end). */
const codeBlocks = (page: string) =>
	[...page.matchAll(/<div class="expressive-code[\s\S]*?<\/figure><\/div>/g)].map(String);
/** The Expressive Code stylesheet a page links, read from dist/. */
const stylesheetOf = (page: string) => {
	const href = /<link rel="stylesheet" href="(\/_astro\/ec\.[\w-]+\.css)"/.exec(page)?.[1];
	return href ? readFileSync(join(dist, href), 'utf8') : '';
};
/** The custom property each class of ours declares: `.expressive-code .a3{--0:#c792ea}` → a3 → ['--0', '#c792ea']. */
const declaredByClass = (css: string) =>
	new Map(
		[...css.matchAll(/\.expressive-code (?:\.ec-line|pre)?\.([a-z]\w*)\{(--[\w-]+):([^;}]+)\}/g)].map(
			(m) => [m[1] as string, [m[2] as string, m[3] as string]] as const,
		),
	);

describe('code blocks carry classes, not style attributes', () => {
	it('has no token colour, short-line width or usual indent as a style attribute on any page', () => {
		const styled: string[] = [];
		let blocks = 0;
		for (const path of pages) {
			for (const block of codeBlocks(html(path))) {
				blocks++;
				for (const [, style] of block.matchAll(/ style="([^"]*)"/g)) {
					const indent = Number(/--ecIndent:(\d+)ch/.exec(style ?? '')?.[1] ?? Number.POSITIVE_INFINITY);
					if (/--\d|--ecMaxLine/.test(style ?? '') || indent <= maxIndentClass) styled.push(`${path}: ${style}`);
				}
			}
		}
		expect(blocks).toBeGreaterThan(100);
		expect(styled.slice(0, 10)).toEqual([]);
	});

	it('defines every class of a token, line and <pre> in the Expressive Code stylesheet the page links', () => {
		const undefinedClasses = new Set<string>();
		for (const path of pages) {
			const page = html(path);
			const css = stylesheetOf(page);
			for (const block of codeBlocks(page)) {
				expect(css, `${path} links no ec.*.css`).not.toBe('');
				const pre = /<pre class="([^"]*)"/.exec(block)?.[1] ?? '';
				const inner = [...block.matchAll(/<(?:span|div) class="([^"]*)"/g)].map((m) => m[1] as string);
				for (const name of [pre, ...inner].flatMap((list) => list.split(' ')).filter(Boolean)) {
					if (!new RegExp(`\\.${name}(?![\\w-])`).test(css)) undefinedClasses.add(`${path}: .${name}`);
				}
			}
		}
		expect([...undefinedClasses]).toEqual([]);
	});

	it.each(['dark', 'light'] as const)('colours each token by its classes in the %s theme', async (theme) => {
		const { page } = await site.newPage({ colorScheme: theme });
		await page.goto(`${site.url}/ai/rag/`);
		await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, theme);
		const declared = [...declaredByClass(stylesheetOf(html('/ai/rag/')))];
		const checked = await page.evaluate(
			({ declared, variant }) => {
				const byClass = new Map(declared);
				const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
				const normal = (colour: string) => {
					canvas.fillStyle = '#000';
					canvas.fillStyle = colour;
					return canvas.fillStyle;
				};
				const wrong: string[] = [];
				const colours = new Set<string>();
				for (const token of document.querySelectorAll('.expressive-code .ec-line span[class]:not(.indent)')) {
					const own = (suffix: string) =>
						[...token.classList]
							.map((name) => byClass.get(name))
							.find((declaration) => declaration?.[0] === `--${variant}${suffix}`)?.[1];
					const style = getComputedStyle(token);
					const parent = getComputedStyle(token.parentElement as Element);
					const colour = own('') ?? parent.color;
					const fontStyle = own('fs') ?? parent.fontStyle;
					colours.add(normal(colour));
					if (normal(style.color) !== normal(colour) || style.fontStyle !== fontStyle) {
						wrong.push(`${token.textContent}: ${style.color} ${style.fontStyle}, not ${colour} ${fontStyle}`);
					}
				}
				// A token in the code's own colour is plain text in the line: it takes Expressive Code's code colour.
				let plain = 0;
				for (const code of document.querySelectorAll('.expressive-code .ec-line .code')) {
					if (![...code.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
						continue;
					plain++;
					const expected = getComputedStyle(code).getPropertyValue('--ec-codeFg');
					if (normal(getComputedStyle(code).color) !== normal(expected)) {
						wrong.push(`${code.textContent}: ${getComputedStyle(code).color}, not ${expected}`);
					}
				}
				return { wrong: wrong.slice(0, 10), colours: colours.size, plain };
			},
			{ declared, variant: theme === 'dark' ? 0 : 1 },
		);
		expect(checked.wrong).toEqual([]);
		expect(checked.colours).toBeGreaterThan(6);
		expect(checked.plain).toBeGreaterThan(20);
	});
});
