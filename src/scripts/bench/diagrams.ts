import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { diagramKey, readCached } from '../../features/diagrams/cache.ts';
import { diagramFigure } from '../../features/diagrams/figure.ts';
import { collectFences } from '../../features/diagrams/render/collect.ts';
import { renderAll } from '../../features/diagrams/render/renderer.ts';
import { readDiagramSource } from '../../features/diagrams/source.ts';
import { precacheList } from '../../features/offline/build/generate.ts';
import { filesUnder } from '../../lib/files.ts';
import type { BenchContext, BenchRows } from './types.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/**
 * The same figures on the build before issue 16 (commit 4455856, a light and a dark SVG per diagram),
 * measured with diagramBytes() and the build's precache line, so each run prints the new beside the old.
 */
const before = { perPage: 54.5 * 1024, perPageGzip: 5.8 * 1024, precache: 12.8 * 1024 * 1024, pages: 55 };

/** Diagram markup (figure, SVG, caption, word list) per page that shows a diagram, raw and gzipped. */
export function diagramBytes(dist: string): { pages: number; perPage: number; perPageGzip: number } {
	let pages = 0;
	let raw = 0;
	let gzip = 0;
	for (const path of filesUnder(dist, '**/index.html')) {
		const figures = readFileSync(path, 'utf8').match(/<figure class="diagram"[\s\S]*?<\/figure>/g);
		if (!figures) continue;
		const markup = Buffer.from(figures.join(''));
		pages += 1;
		raw += markup.length;
		gzip += gzipSync(markup).length;
	}
	return { pages, perPage: raw / pages, perPageGzip: gzip / pages };
}

/** The build's whole diagram step for every fence on the site: cache lookup, parse, figure. */
function warmStepMs(): number {
	const fences = collectFences();
	const started = performance.now();
	for (const fence of fences) {
		const source = readDiagramSource(fence.code, fence.file, fence.line);
		const key = diagramKey(fence.code);
		const cached = readCached(key);
		if (cached) diagramFigure(source, cached, key);
	}
	return performance.now() - started;
}

/** 20 diagrams no cache has seen, rendered the way `npm run diagrams` renders them. */
async function twentyNewMs(): Promise<number> {
	const codes = Array.from(
		{ length: 20 },
		(_, i) =>
			`flowchart TD\n  accTitle: Bench ${i}\n  accDescr: Synthetic diagram ${i}.\n  A${i}[Client] --> B${i}[API ${Date.now()}]\n  B${i} --> C${i}[(Database)]`,
	);
	const started = performance.now();
	const results = await renderAll(codes);
	if (results.some((result) => !result.ok)) throw new Error('bench diagrams failed to render');
	return performance.now() - started;
}

/** The built page with the most figures, and what a reader downloads for it (gzip-compressed). */
async function heaviestPage(ctx: BenchContext): Promise<{ path: string; figures: number; bytes: number }> {
	const pages = filesUnder(ctx.dist, '**/index.html').map((full) => ({
		path: `/${full.slice(ctx.dist.length + 1, -'index.html'.length)}`,
		figures: readFileSync(full, 'utf8').split('<figure class="diagram"').length - 1,
	}));
	const top = pages.sort((a, b) => b.figures - a.figures)[0] ?? { path: '/', figures: 0 };
	const page = await ctx.browser.newPage();
	let bytes = 0;
	page.on('response', async (response) => {
		const body = await response.body().catch(() => undefined);
		if (body) bytes += gzipSync(body).length;
	});
	await page.goto(ctx.url + top.path, { waitUntil: 'load' });
	await page.waitForTimeout(500);
	await page.close();
	return { ...top, bytes };
}

export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const step = warmStepMs();
	const render = await twentyNewMs();
	const heavy = await heaviestPage(ctx);
	const bytes = diagramBytes(ctx.dist);
	const { size } = await precacheList(ctx.dist);
	return [
		[
			`Diagram markup per diagram page (${bytes.pages} pages), raw / gzip: now (before)`,
			`${kib(bytes.perPage)} / ${kib(bytes.perPageGzip)} (${kib(before.perPage)} / ${kib(before.perPageGzip)} on ${before.pages} pages)`,
		],
		['Offline precache: now (before one SVG per diagram)', `${mib(size)} (${mib(before.precache)})`],
		['Diagram step in a warm build (all fences)', `${step.toFixed(0)} ms`],
		['npm run diagrams, 20 new diagrams', `${(render / 1000).toFixed(1)} s`],
		[`Heaviest diagram page ${heavy.path} (${heavy.figures} diagrams), gzipped total`, kib(heavy.bytes)],
	];
}
