import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BenchContext, BenchRows } from './types.ts';

/**
 * Search speed and size, in headless Chromium against the built site (issue 5's figures):
 * warm keystroke-to-results-painted over tests/e2e/search-queries.json, the cold first query,
 * the bytes that first query fetched, and the index on disk.
 */

const queryFile = new URL('../../../tests/e2e/search-queries.json', import.meta.url);
const queries: string[] = JSON.parse(readFileSync(queryFile, 'utf8')).queries.map(
	(entry: { query: string }) => entry.query,
);
/** Pause between keystrokes while "typing" a query: a quick typist, ~100 words a minute. */
const keystrokeGapMs = 110;
const coldRuns = 5;
/** A distant server's round trip for the cold search on a slower line (Chromium's network emulation). */
const coldLatencyMs = 40;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

/**
 * In the page: types `text` into the search field (each prefix an input event, `gap` ms apart) and resolves with
 * the time from the last keystroke until its first result is drawn by Pagefind's <pagefind-results> (or the
 * dialog says there is none) and a frame has been painted. The status line marks the query it answered in
 * `data-query`. Cold (`openFirst`): the button is clicked and the query typed at once while the dialog loads; the
 * keys then go through the page, as a reader's would.
 */
function typeAndTime(page: Page, text: string, gap: number, openFirst = false): Promise<number> {
	return page.evaluate(
		async ({ text, gap, openFirst }) => {
			const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));
			const painted = () =>
				new Promise<void>((resolve) =>
					requestAnimationFrame(() => {
						const channel = new MessageChannel();
						channel.port1.onmessage = () => resolve();
						channel.port2.postMessage(null);
					}),
				);
			const answered = (query: string) => {
				const status = document.querySelector('search-status');
				const results = document.querySelector('pagefind-results');
				if (status?.getAttribute('data-query') !== query || status.getAttribute('aria-busy') !== 'false') return false;
				const first = results?.querySelector(':scope > ul > li');
				return !first || results?.hasAttribute('data-pf-hidden') || !first.hasAttribute('aria-hidden');
			};
			const shown = (query: string) =>
				new Promise<void>((resolve) => {
					if (answered(query)) return resolve();
					const observer = new MutationObserver(() => {
						if (!answered(query)) return;
						observer.disconnect();
						resolve();
					});
					observer.observe(document.body, { attributes: true, childList: true, subtree: true });
				});
			if (openFirst) {
				document.querySelector<HTMLButtonElement>('site-search > button')?.click();
				for (const key of text) window.dispatchEvent(new KeyboardEvent('keydown', { key }));
				const started = performance.now();
				await shown(text.replace(/\s+/g, ' ').trim());
				await painted();
				return performance.now() - started;
			}
			const input = document.querySelector<HTMLInputElement>('pagefind-input input');
			if (!input) throw new Error('no search field on the page');
			const type = (value: string) => {
				input.value = value;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			};
			for (let end = gap > 0 ? 1 : text.length; end < text.length; end++) {
				type(text.slice(0, end));
				await sleep(gap);
			}
			const started = performance.now();
			type(text);
			await shown(text.replace(/\s+/g, ' ').trim());
			await painted();
			return performance.now() - started;
		},
		{ text, gap, openFirst },
	);
}

async function clearQuery(page: Page) {
	await page.evaluate(() => {
		const input = document.querySelector<HTMLInputElement>('pagefind-input input');
		if (!input) return;
		input.value = '';
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
}

/**
 * A fresh browser context (empty cache), the home page loaded, then the first search timed and weighed.
 * `withOfflineWorker`: a true first visit, where the offline worker starts saving the whole site (several MiB)
 * as the page loads and competes with search for the network and the CPU; without it, search alone.
 */
type ColdRun = { withOfflineWorker?: boolean; asReader?: boolean; latencyMs?: number };
async function cold(
	ctx: BenchContext,
	query: string,
	second: string,
	{ withOfflineWorker, asReader, latencyMs }: ColdRun,
) {
	const context = await ctx.browser.newContext({ serviceWorkers: withOfflineWorker ? 'allow' : 'block' });
	const page = await context.newPage();
	if (latencyMs) {
		// Every request waits this long for its answer, on a 10 Mbit/s line: each round trip search waits for shows.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		const throughput = 10_000_000 / 8;
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: latencyMs,
			downloadThroughput: throughput,
			uploadThroughput: throughput,
		});
	}
	await page.goto(`${ctx.url}/`, { waitUntil: 'load' });
	const responses: { url: string; wire: number; gzip: number }[] = [];
	let counting = false;
	page.on('requestfinished', async (request) => {
		if (!counting) return;
		const sizes = await request.sizes().catch(() => undefined);
		const body = await (await request.response())?.body().catch(() => undefined);
		if (!sizes || !body) return;
		const headers = sizes.responseHeadersSize;
		responses.push({
			url: request.url(),
			wire: sizes.responseBodySize + headers,
			gzip: gzipSync(body).length + headers,
		});
	});
	const fetched = () => ({
		requests: responses.length,
		wire: responses.reduce((sum, response) => sum + response.wire, 0),
		gzip: responses.reduce((sum, response) => sum + response.gzip, 0),
	});
	counting = true;
	// As a reader: the pointer reaches the button and clicks, the dialog shows, then the query is typed.
	if (asReader) {
		await page.click('site-search > button');
		await page.waitForSelector('pagefind-input input', { state: 'visible' });
	}
	const elapsed = asReader ? await typeAndTime(page, query, keystrokeGapMs) : await typeAndTime(page, query, 0, true);
	await page.waitForLoadState('networkidle');
	const first = fetched();
	// A second query, as typed after the first: only what it needs beyond what is loaded (index chunks, fragments).
	responses.length = 0;
	await clearQuery(page);
	await typeAndTime(page, second, 0);
	await page.waitForTimeout(500);
	await page.waitForLoadState('networkidle');
	const next = fetched();
	await context.close();
	return { elapsed, ...first, next };
}

function directorySize(dir: string, filter: (path: string) => boolean = () => true): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) total += directorySize(path, filter);
		else if (filter(path)) total += statSync(path).size;
	}
	return total;
}

export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const first = queries[0] ?? 'kafka';
	const second = queries[1] ?? 'redis';
	const colds = [];
	const firstVisits = [];
	const readers = [];
	const distant = [];
	for (let run = 0; run < coldRuns; run++) {
		colds.push(await cold(ctx, first, second, {}));
		firstVisits.push(await cold(ctx, first, second, { withOfflineWorker: true }));
		readers.push(await cold(ctx, first, second, { asReader: true }));
		distant.push(await cold(ctx, first, second, { latencyMs: coldLatencyMs }));
	}
	const coldTimes = colds.map((run) => run.elapsed);
	const firstVisitTimes = firstVisits.map((run) => run.elapsed);
	const bytes = colds[0];

	const context = await ctx.browser.newContext();
	const page = await context.newPage();
	await page.goto(`${ctx.url}/?search=${encodeURIComponent(first)}`, { waitUntil: 'load' });
	await page.waitForFunction(
		(query) => document.querySelector('search-status')?.getAttribute('data-query') === query,
		first,
	);
	const typed: number[] = [];
	const pasted: number[] = [];
	for (const query of queries) {
		await clearQuery(page);
		typed.push(await typeAndTime(page, query, keystrokeGapMs));
	}
	for (const query of queries) {
		await clearQuery(page);
		pasted.push(await typeAndTime(page, query, 0));
	}
	await context.close();

	const pagefind = join(ctx.dist, 'pagefind');
	const inIndex = (path: string) => /[\\/](index|fragment|filter)[\\/]|\.pf_meta$/.test(path);
	const runtime = ['pagefind.js', 'wasm.en.pagefind', 'pagefind-component-ui.js', 'pagefind-component-ui.css'].map(
		(file) => readFileSync(join(pagefind, file)),
	);
	return [
		[
			`Search, warm: last keystroke → first result painted, median (p90), ${queries.length} queries typed`,
			`${ms(percentile(typed, 0.5))} (${ms(percentile(typed, 0.9))})`,
		],
		[
			'Search, warm: whole query pasted → results painted, median (p90)',
			`${ms(percentile(pasted, 0.5))} (${ms(percentile(pasted, 0.9))})`,
		],
		[
			`Search, cold, worst case: “${first}” arrives with the click, click → first result painted, median of ${coldRuns}`,
			ms(percentile(coldTimes, 0.5)),
		],
		[
			`Search, cold, worst case with ${coldLatencyMs} ms latency at 10 Mbit/s, median of ${coldRuns}`,
			ms(
				percentile(
					distant.map((run) => run.elapsed),
					0.5,
				),
			),
		],
		[
			`Search, cold as a reader: button clicked, dialog shown, “${first}” typed at ~100 wpm, last keystroke → first result painted, median`,
			ms(
				percentile(
					readers.map((run) => run.elapsed),
					0.5,
				),
			),
		],
		[
			'Search, cold, while the offline worker saves the site on a first visit, median',
			ms(percentile(firstVisitTimes, 0.5)),
		],
		[
			`Search, cold: bytes fetched for that query (${bytes?.requests ?? 0} requests; as served / gzip-served)`,
			`${kib(bytes?.wire ?? 0)} / ${kib(bytes?.gzip ?? 0)}`,
		],
		[
			`Search, second query “${second}”: bytes fetched (${bytes?.next.requests ?? 0} requests; as served / gzip-served)`,
			`${kib(bytes?.next.wire ?? 0)} / ${kib(bytes?.next.gzip ?? 0)}`,
		],
		[
			'Search index: pages index + fragments + filters (all of dist/pagefind/)',
			`${kib(directorySize(pagefind, inIndex))} (${kib(directorySize(pagefind))})`,
		],
		[
			'Search runtime: pagefind.js, WebAssembly, Component UI script and styles (as served / gzip)',
			`${kib(runtime.reduce((sum, file) => sum + file.length, 0))} / ${kib(runtime.reduce((sum, file) => sum + gzipSync(file).length, 0))}`,
		],
		[
			'Search vocabulary for “Did you mean” (fetched only on a miss)',
			kib(statSync(join(ctx.dist, 'search-vocabulary.json')).size),
		],
	];
}
