import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Transfer {
	requests: number;
	/** Bytes on the wire if the host compresses text with brotli (quality 11) or gzip (level 9). */
	brotli: number;
	gzip: number;
	jsBrotli: number;
	jsGzip: number;
	jsFiles: number;
}

/** Files that are compressed already (images, fonts, Pagefind's gzipped index) travel as they are. */
const textual = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

/**
 * Opens a page the way a phone reader does and adds up what the page itself fetched until the
 * network is quiet (Starlight loads the search UI on idle, so that is counted): nothing is
 * clicked, so search is never opened. Requests made by a service worker (precache) are not
 * counted here; the offline module reports them.
 */
export async function measureTransfer(browser: Browser, url: string): Promise<Transfer> {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
	const page = await context.newPage();
	const totals: Transfer = { requests: 0, brotli: 0, gzip: 0, jsBrotli: 0, jsGzip: 0, jsFiles: 0 };
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const body = await response.body().catch(() => undefined);
				if (!body) return;
				const type = response.headers()['content-type'] ?? '';
				const compressible = textual.test(type);
				const brotli = compressible
					? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
					: body.length;
				const gzip = compressible ? gzipSync(body, { level: 9 }).length : body.length;
				totals.requests += 1;
				totals.brotli += brotli;
				totals.gzip += gzip;
				if (/javascript/.test(type)) {
					totals.jsFiles += 1;
					totals.jsBrotli += brotli;
					totals.jsGzip += gzip;
				}
			})(),
		);
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return totals;
}
