import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { filesUnder } from '../../lib/files.ts';
import type { BenchContext, BenchRows } from './types.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const cspMeta = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;

/** Bytes of Expressive Code markup (each `.expressive-code` element as written), its style attributes, the CSP <meta>. */
function pageFigures(html: string) {
	let code = 0;
	let styles = 0;
	visit(fromHtml(html), 'element', (element: Element) => {
		const classes = (element.properties.className ?? []) as string[];
		if (classes.includes('expressive-code')) {
			code += (element.position?.end.offset ?? 0) - (element.position?.start.offset ?? 0);
			visit(element, 'element', (inner: Element) => {
				if (inner.properties.style) styles++;
			});
			return 'skip';
		}
	});
	return { code, styles, meta: cspMeta.exec(html)?.[0].length ?? 0, html: Buffer.byteLength(html) };
}

/** Code block markup: what Expressive Code adds to a page and to its CSP (src/features/code-blocks/README.md). */
export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const pages = filesUnder(ctx.dist, '**/*.html')
		.map((path) => readFileSync(path, 'utf8'))
		.filter((html) => !/<meta http-equiv="refresh"/i.test(html))
		.map(pageFigures);
	const withCode = pages.filter((page) => page.code > 0);
	const average = (list: typeof pages, key: keyof (typeof pages)[number]) =>
		list.reduce((sum, page) => sum + page[key], 0) / Math.max(1, list.length);
	const sheets = filesUnder(join(ctx.dist, '_astro'), 'ec.*.css').map((path) => statSync(path).size);
	return [
		[`Code block markup, average over ${withCode.length} pages with code`, kib(average(withCode, 'code'))],
		[
			'Code block markup share of those pages’ HTML',
			`${((100 * average(withCode, 'code')) / average(withCode, 'html')).toFixed(0)} %`,
		],
		['style attributes in code blocks per page with code', average(withCode, 'styles').toFixed(0)],
		[`CSP <meta> per page, average over ${pages.length} pages`, kib(average(pages, 'meta'))],
		['Expressive Code stylesheet (ec.*.css)', kib(sheets.reduce((a, b) => a + b, 0))],
	];
}
