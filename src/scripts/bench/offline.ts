import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { precacheList } from '../../features/offline/build/generate.ts';
import type { BenchContext, BenchRows } from './types.ts';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
/** Issue 16: what the worker stores, per page, whatever the number of pages. */
const targetPerPage = 100 * 1024;
const runs = 3;

/** Figures of the worker before compressed storage and Save-Data (main, December 2026, 89 pages + 404). */
const before = {
	stored: '20.76 MiB in 248 files, 235 KiB a page',
	download: '1.6 MiB in 138 requests (issue 16, 42 pages)',
};

/** A fresh profile, optionally with Chromium's Save-Data emulation, recording every request the worker makes. */
async function visit(
	ctx: BenchContext,
	saveData: boolean,
): Promise<{ context: BrowserContext; page: Page; fetched: string[] }> {
	const context = await ctx.browser.newContext();
	const page = await context.newPage();
	if (saveData)
		await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
	const fetched: string[] = [];
	context.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (request.serviceWorker() && path !== '/sw.js') fetched.push(path);
	});
	return { context, page, fetched };
}

/** From navigation start until "Available offline" shows (the worker saved every file and activated). */
const untilSaved = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const saved = document.querySelector<HTMLElement>('[data-offline="saved"]');
				if (!saved) return reject(new Error('no [data-offline="saved"] element on the home page'));
				const check = () => {
					if (!saved.hidden) resolve(performance.now());
				};
				new MutationObserver(check).observe(saved, { attributes: true });
				check();
				setTimeout(() => reject(new Error('the site was not saved for offline use within 120 s')), 120_000);
			}),
	);

/** Bytes the worker keeps in the Cache API, read back as stored (gzip for text). */
const storedBytes = (page: Page) =>
	page.evaluate(async () => {
		let total = 0;
		for (const name of (await caches.keys()).filter((key) => key.startsWith('backend-2026-offline-'))) {
			const cache = await caches.open(name);
			for (const request of await cache.keys())
				total += (await (await cache.match(request))?.arrayBuffer())?.byteLength ?? 0;
		}
		return total;
	});

/** What the bench's server sends for these files: gzip level 9 for text (src/lib/static-server.ts), others as they are. */
function transferBytes(dist: string, paths: string[]): number {
	return paths.reduce((sum, path) => {
		const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
		if (!existsSync(file)) return sum;
		const body = readFileSync(file);
		return sum + Math.min(body.length, gzipSync(body, { level: 9 }).length);
	}, 0);
}

export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const { count, size, entries } = await precacheList(ctx.dist);
	const pages = entries.filter((entry) => entry.url.endsWith('.html')).length;

	// A full save, as a reader without Save-Data gets it on the first visit (Chromium, measured).
	const times: number[] = [];
	let stored = 0;
	let fetched: string[] = [];
	for (let run = 0; run < runs; run++) {
		const full = await visit(ctx, false);
		await full.page.goto(`${ctx.url}/`);
		times.push(await untilSaved(full.page));
		if (run === 0) {
			stored = await storedBytes(full.page);
			fetched = full.fetched;
		}
		await full.context.close();
	}
	const median = times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
	const download = transferBytes(ctx.dist, fetched);

	// Save-Data's first visit: the shell and the home page, until the footer offers the rest.
	const lean = await visit(ctx, true);
	await lean.page.goto(`${ctx.url}/`);
	await lean.page.getByRole('button', { name: 'Save the whole site for offline' }).waitFor({ timeout: 120_000 });
	const leanStored = await storedBytes(lean.page);
	const leanDownload = transferBytes(ctx.dist, lean.fetched);
	await lean.context.close();

	return [
		['Offline: files saved on a full first visit', `${count} (${pages} pages)`],
		[
			'Offline: stored on the device (gzip text), total / per page',
			`${mib(stored)} / ${kib(stored / pages)} (target < ${kib(targetPerPage)} a page: ${stored / pages < targetPerPage ? 'met' : 'missed'}; files uncompressed: ${mib(size)}, before: ${before.stored})`,
		],
		[
			'Offline: full save download (gzip transfer), total / per page',
			`${mib(download)} / ${kib(download / pages)} in ${fetched.length} requests (before: ${before.download})`,
		],
		[
			'Offline: Save-Data first visit (home page), download / stored',
			`${mib(leanDownload)} in ${lean.fetched.length} requests / ${mib(leanStored)}`,
		],
		[`Offline: first load → "Available offline" (median of ${runs})`, `${Math.round(median)} ms`],
	];
}
