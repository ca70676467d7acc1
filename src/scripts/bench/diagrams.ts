import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { diagramKey, readCached } from '../../features/diagrams/cache.ts';
import { diagramFigure } from '../../features/diagrams/figure.ts';
import { collectFences } from '../../features/diagrams/render/collect.ts';
import { renderAll } from '../../features/diagrams/render/renderer.ts';
import { readDiagramSource } from '../../features/diagrams/source.ts';
import { filesUnder } from '../../lib/files.ts';
import type { BenchContext, BenchRows } from './types.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

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
	return [
		['Diagram step in a warm build (all fences)', `${step.toFixed(0)} ms`],
		['npm run diagrams, 20 new diagrams', `${(render / 1000).toFixed(1)} s`],
		[`Heaviest diagram page ${heavy.path} (${heavy.figures} diagrams), gzipped total`, kib(heavy.bytes)],
	];
}
