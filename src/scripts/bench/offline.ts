import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheList } from '../../features/offline/build/generate.ts';
import type { BenchContext, BenchRows } from './types.ts';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
/** The target for everything a reader's device keeps. */
const targetBytes = 5 * 1024 * 1024;
const runs = 3;

/**
 * From navigation start on a first visit (fresh browser profile) until "Available offline" shows, i.e. the
 * worker has saved every file and activated.
 */
async function firstLoadToSavedMs(ctx: BenchContext): Promise<number> {
	const context = await ctx.browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${ctx.url}/`);
		return await page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const saved = document.querySelector<HTMLElement>('[data-offline="saved"]');
					if (!saved) return reject(new Error('no [data-offline="saved"] element on the home page'));
					const check = () => {
						if (!saved.hidden) resolve(performance.now());
					};
					new MutationObserver(check).observe(saved, { attributes: true });
					check();
					setTimeout(() => reject(new Error('the site was not saved for offline use within 60 s')), 60_000);
				}),
		);
	} finally {
		await context.close();
	}
}

export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const { count, size, entries } = await precacheList(ctx.dist);
	// Static hosts compress text; woff2, PNG and Pagefind's files are compressed already and barely change.
	const transfer = entries.reduce((sum, entry) => {
		const body = readFileSync(join(ctx.dist, entry.url));
		return sum + Math.min(body.length, gzipSync(body).length);
	}, 0);
	const html = entries
		.filter((entry) => entry.url.endsWith('.html'))
		.reduce((sum, entry) => sum + readFileSync(join(ctx.dist, entry.url)).length, 0);

	const times: number[] = [];
	for (let run = 0; run < runs; run++) times.push(await firstLoadToSavedMs(ctx));
	const median = times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;

	return [
		['Offline: files saved on first visit', String(count)],
		[
			'Offline: precache total, as stored',
			`${mib(size)} (target < ${mib(targetBytes)}: ${size < targetBytes ? 'met' : 'missed'})`,
		],
		['Offline: of which HTML pages', mib(html)],
		['Offline: precache download with gzip', mib(transfer)],
		[`Offline: first load → "Available offline" (median of ${runs})`, `${Math.round(median)} ms`],
	];
}
