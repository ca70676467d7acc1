import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchAndToggleTheme } from './reader-actions.ts';
import { sitemapPaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';

const site = useSite();

/** Every request the page or its workers make whose origin is not the site's. */
function foreignRequests(context: BrowserContext): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (['data:', 'blob:'].includes(url.protocol)) return;
		if (url.origin !== site.url) foreign.push(request.url());
	});
	return foreign;
}

describe('no third party', () => {
	it('opening every page requests only the site itself', async () => {
		const { context, page } = await site.newPage();
		const foreign = foreignRequests(context);
		let requests = 0;
		context.on('request', () => requests++);
		for (const path of [...sitemapPaths(), '/404.html']) {
			await page.goto(`${site.url}${path}`);
			await page.waitForLoadState('networkidle');
		}
		expect(requests).toBeGreaterThan(40);
		expect(foreign).toEqual([]);
	}, 180_000);

	it('searching and switching themes requests only the site itself', async () => {
		const { context, page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		const foreign = foreignRequests(context);
		const pagefind: string[] = [];
		context.on('request', (request) => {
			if (request.url().includes('/pagefind/')) pagefind.push(request.url());
		});
		await searchAndToggleTheme(page, site.url);
		expect(pagefind.length).toBeGreaterThan(0);
		expect(foreign).toEqual([]);
	});
});
