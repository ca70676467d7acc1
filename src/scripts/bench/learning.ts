import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import type { BenchContext, BenchRows } from './types.ts';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const brotli = (text: string) =>
	brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * What progress costs a page (issue 17): the scripts a topic page fetches after `load` for the "Mark as done"
 * toggles, sidebar marks and bars, found by watching the page load rather than by guessing chunk names.
 */
export async function measure({ url, browser, dist }: BenchContext): Promise<BenchRows> {
	const page = await browser.newPage();
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (/javascript/.test(response.headers()['content-type'] ?? '')) scripts.push(new URL(response.url()).pathname);
	});
	await page.goto(`${url}/stack/queues/`, { waitUntil: 'load' });
	await page.getByRole('button', { name: 'Mark as done' }).first().waitFor();
	await page.waitForFunction(() => !document.querySelector('button[data-progress-toggle][disabled]'));
	await page.close();
	const progress = scripts.filter((path) => readFileSync(`${dist}${path}`, 'utf8').includes('backend-2026:progress'));
	const bytes = progress.reduce((sum, path) => sum + brotli(readFileSync(`${dist}${path}`, 'utf8')), 0);
	const map = readFileSync(`${dist}/map/index.html`, 'utf8');
	return [
		[
			'Progress script after load (brotli)',
			`${kb(bytes)} in ${progress.length} file${progress.length === 1 ? '' : 's'}`,
		],
		['Topic map page HTML (brotli)', kb(brotli(map))],
	];
}
