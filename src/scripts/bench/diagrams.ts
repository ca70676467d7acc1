import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { diagramKey, readCached } from '../../config/markdown/diagram-cache.ts';
import { diagramFigure } from '../../config/markdown/diagram-figure.ts';
import { readDiagramSource } from '../../config/markdown/diagram-source.ts';
import { collectFences } from '../../diagrams/collect.ts';
import { renderAll } from '../../diagrams/renderer.ts';
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
	const pages: { path: string; figures: number }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name === 'index.html') {
				const figures = readFileSync(full, 'utf8').split('<figure class="diagram"').length - 1;
				pages.push({ path: `/${full.slice(ctx.dist.length + 1, -'index.html'.length)}`, figures });
			}
		}
	};
	walk(ctx.dist);
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
