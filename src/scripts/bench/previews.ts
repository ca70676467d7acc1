import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenGraphImage } from 'astro-og-canvas';
import { siteTitle } from '../../config/site.ts';
import { cardAssets } from '../../features/previews/og/assets.ts';
import { cardOptions } from '../../features/previews/og/card.ts';
import { filesUnder } from '../../lib/files.ts';
import type { BenchContext, BenchRows } from './types.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every file under a folder of dist/ whose name ends with `suffix`, with its size. */
function files(dir: string, suffix: string): number[] {
	return filesUnder(dir, `**/*${suffix}`, ['pagefind/**', '_astro/**']).map((path) => statSync(path).size);
}

/** Ten cards rendered with no cache, as a first build on a fresh machine renders them. */
async function coldCardMs(): Promise<number> {
	const assets = await cardAssets();
	const titles = Array.from({ length: 10 }, (_, i) => `Bench card ${i}: message queues and asynchronous processing`);
	await generateOpenGraphImage({
		...cardOptions({ title: 'Warm-up', sectionLabel: 'The stack' }, siteTitle, assets),
		cacheDir: false,
	});
	const started = performance.now();
	for (const title of titles) {
		await generateOpenGraphImage({
			...cardOptions({ title, sectionLabel: 'The stack' }, siteTitle, assets),
			cacheDir: false,
		});
	}
	return (performance.now() - started) / titles.length;
}

/** From navigation to the 404 page's suggestions for a mistyped address. */
async function suggestionsMs(ctx: BenchContext): Promise<number> {
	const page = await ctx.browser.newPage();
	const started = performance.now();
	await page.goto(`${ctx.url}/stack/kafka-queue/`);
	await page.getByRole('status').filter({ hasText: 'match' }).waitFor({ timeout: 15_000 });
	const ms = performance.now() - started;
	await page.close();
	return ms;
}

export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const cards = files(join(ctx.dist, 'og'), '.png');
	const copies = files(ctx.dist, '.md');
	const perCard = await coldCardMs();
	return [
		['Social card render, no cache (per card)', `${perCard.toFixed(0)} ms`],
		[
			`Social cards (${cards.length}), total / largest`,
			`${kib(cards.reduce((a, b) => a + b, 0))} / ${kib(Math.max(...cards))}`,
		],
		[`Markdown copies (${copies.length}), total`, kib(copies.reduce((a, b) => a + b, 0))],
		['/llms.txt', kib(readFileSync(join(ctx.dist, 'llms.txt')).length)],
		['404 page: navigation to suggestions', `${(await suggestionsMs(ctx)).toFixed(0)} ms`],
	];
}
