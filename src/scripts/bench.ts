// `npm run bench`: a fresh production build, then the figures issue 8 asks for, as one table a
// reader can compare between commits. Nothing here is asserted; tests never check timings.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../lib/chromium.ts';
import { serveDist } from '../lib/static-server.ts';
import type { BenchContext, BenchRows } from './bench/types.ts';
import { clearBuildCaches, timedBuild } from './bench-core/build.ts';
import { distStats } from './bench-core/dist-stats.ts';
import { lighthouseCli, runLighthouse } from './bench-core/lighthouse.ts';
import { formatTable, type Row, target } from './bench-core/table.ts';
import { measureTransfer } from './bench-core/transfer.ts';

const dist = join(process.cwd(), 'dist');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const rows: Row[] = [];
const notes: string[] = [];

console.log('Cold build (dist/ and the Astro and Vite caches removed)…');
clearBuildCaches();
const cold = await timedBuild();
console.log('Warm build…');
const warm = await timedBuild();
rows.push(['Build, cold (diagram cache only)', `${cold.toFixed(1)} s`]);
rows.push(['Build, warm', `${warm.toFixed(1)} s`, target('< 60 s', warm < 60)]);

const stats = distStats(dist);
rows.push(['Pages', `${stats.htmlPages} HTML files, ${stats.sitemapPages} in the sitemap`]);
rows.push(['dist/ size', `${(stats.bytes / 1024 / 1024).toFixed(2)} MiB in ${stats.files} files`]);

const heaviest = stats.heaviestDiagramPage ?? { path: '/', figures: 0, size: 0 };
const heaviestPage = stats.heaviestPage ?? { path: '/', size: 0 };
/** Issue 12's pages: home, a language, an architecture guide, and the page with the most HTML. */
const measured = [...new Set(['/', '/languages/go/', '/architecture/choosing/', heaviestPage.path])];
rows.push([
	'Heaviest diagram page',
	`${heaviest.path} (${heaviest.figures} diagram${heaviest.figures === 1 ? '' : 's'}, ${(heaviest.size / 1000).toFixed(0)} KB of diagram HTML)`,
]);
rows.push(['Heaviest page', `${heaviestPage.path} (${kb(heaviestPage.size)} of HTML)`]);

const server = await serveDist(dist, { compress: true });
const chromiumPath = ensureChromium();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	for (const path of measured) {
		console.log(`Transfer: ${path}`);
		const transfer = await measureTransfer(browser, `${server.url}${path}`);
		rows.push([
			`${path} transferred before search, brotli / gzip`,
			`${kb(transfer.brotli)} / ${kb(transfer.gzip)}, ${transfer.requests} requests`,
			target('< 70 KB', transfer.gzip < 70_000),
		]);
		rows.push([
			`${path} JS before interaction, brotli (gzip)`,
			`${kb(transfer.jsBrotli)} (${kb(transfer.jsGzip)}) in ${transfer.jsFiles} files`,
			target('≤ 12 KB brotli', transfer.jsBrotli <= 12_000),
		]);
	}

	for (const path of measured) {
		console.log(`Lighthouse (mobile): ${path}`);
		try {
			const result = await runLighthouse(lighthouseCli(), chromiumPath, `${server.url}${path}`);
			const scores = [result.performance, result.accessibility, result.bestPractices, result.seo];
			rows.push([
				`${path} Lighthouse mobile: perf / a11y / best practices / SEO`,
				scores.join(' / '),
				target(
					'100 each',
					scores.every((score) => score === 100),
				),
			]);
			rows.push([
				`${path} FCP / LCP / TBT / CLS`,
				`${ms(result.fcpMs)} / ${ms(result.lcpMs)} / ${ms(result.tbtMs)} / ${result.cls.toFixed(3)}`,
				target('LCP < 1500 ms, CLS 0', result.lcpMs < 1500 && result.cls === 0),
			]);
		} catch (error) {
			notes.push((error as Error).message);
		}
	}

	// Every other engineer's figures: src/scripts/bench/<topic>.ts exporting `measure(ctx)`.
	const context: BenchContext = { url: server.url, browser, dist };
	const modulesDir = join(import.meta.dirname, 'bench');
	for (const file of readdirSync(modulesDir)
		.filter((name) => name.endsWith('.ts') && name !== 'types.ts')
		.sort()) {
		console.log(`Module: bench/${file}`);
		try {
			const module = (await import(pathToFileURL(join(modulesDir, file)).href)) as {
				measure?: (ctx: BenchContext) => Promise<BenchRows>;
			};
			if (typeof module.measure !== 'function') throw new Error('exports no measure(ctx) function');
			for (const [label, value] of await module.measure(context)) rows.push([label, value]);
		} catch (error) {
			rows.push([`bench/${file}`, `failed: ${(error as Error).message.split('\n')[0]}`]);
		}
	}
} finally {
	await browser.close();
	await server.close();
}

console.log(`\n${formatTable(rows)}`);
for (const note of notes) console.log(`\nNote: ${note}`);
