import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveDist } from '../../src/lib/static-server.ts';

export interface Site {
	url: string;
	browser: Browser;
	/** A fresh page in a fresh context, with console errors collected; the offline worker as the file chose. */
	newPage(
		options?: Parameters<Browser['newContext']>[0],
	): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
}

export interface SiteOptions {
	/** Serve this folder instead of dist/ (e.g. a copy a test modifies); called once, before the server starts. */
	root?: () => string;
	/**
	 * The offline worker, blocked unless a file tests it: in a fresh context it saves the whole site in the background
	 * (hundreds of requests, each hashed), which costs every other test time and CPU without checking anything.
	 */
	serviceWorkers?: 'allow' | 'block';
}

/** One server per test file, against the production build in dist/, and the run's one browser (global-setup.ts). */
export function useSite(siteOptions: SiteOptions = {}): Site {
	const site = { url: '' } as Site;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const server = await serveDist(siteOptions.root?.());
		close = server.close;
		site.url = server.url;
		site.browser = await chromium.connect(inject('browserEndpoint'));
		site.newPage = async (options) => {
			const context = await site.browser.newContext({
				serviceWorkers: siteOptions.serviceWorkers ?? 'block',
				...options,
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			return { page, context, errors };
		};
	});
	afterAll(async () => {
		await site.browser?.close();
		await close?.();
	});
	return site;
}
