import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchAndToggleTheme } from './reader-actions.ts';
import { sitemapPaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';

const site = useSite({ serviceWorkers: 'allow' });
const pages = [...sitemapPaths(), '/404.html'];

/** Collects CSP violations two ways: the DOM event, and Chromium's console report of a blocked load. */
async function watchViolations(context: BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
			report(
				`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`,
			);
		});
	});
	context.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text()))
			violations.push(`${message.page()?.url()}: ${message.text()}`);
	});
	return violations;
}

/** Every request the pages or their workers make in `context` whose origin is not the site's. */
function foreignRequests(context: BrowserContext, siteUrl: string): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (['data:', 'blob:'].includes(url.protocol)) return;
		if (url.origin !== siteUrl) foreign.push(request.url());
	});
	return foreign;
}

const metaPolicy = (path: string) => {
	const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
};

// Also the no-third-party promise: no page, search or theme switch requests anything from another origin.
describe('Content-Security-Policy', () => {
	it.each(pages)('%s carries a strict policy in its <meta>', (path) => {
		const policy = metaPolicy(path);
		const script = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? '';
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/object-src 'none'/);
		expect(script).toContain("'self'");
		expect(script).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
		expect(policy).not.toMatch(/style-src[^;]*'unsafe-inline'/);
	});

	// One walk through every page serves three checks: no CSP violation, no console error, and no request to another
	// origin (the search walk below checks both too). A page load with its network settling is mostly waiting, so
	// three tabs of one reader share the walk.
	it('is never violated on any page, no page logs an error, and no page requests another site', async () => {
		const { context, page } = await site.newPage();
		const violations = await watchViolations(context);
		const foreign = foreignRequests(context, site.url);
		let requests = 0;
		context.on('request', () => requests++);
		const errors: string[] = [];
		context.on('console', (message) => {
			if (message.type() === 'error') errors.push(`${message.page()?.url()}: ${message.text()}`);
		});
		context.on('weberror', (error) => errors.push(`${error.page()?.url()}: ${error.error().message}`));
		const queue = [...pages];
		const walk = async (tab: Page) => {
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				await tab.goto(`${site.url}${path}`);
				await tab.waitForLoadState('networkidle');
			}
		};
		await Promise.all([walk(page), walk(await context.newPage()), walk(await context.newPage())]);
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		expect(requests).toBeGreaterThan(40);
		expect(foreign).toEqual([]);
	}, 180_000);

	it('is never violated while searching and switching themes, which request only the site itself', async () => {
		const { context, page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		const violations = await watchViolations(context);
		const foreign = foreignRequests(context, site.url);
		const pagefind: string[] = [];
		context.on('request', (request) => {
			if (request.url().includes('/pagefind/')) pagefind.push(request.url());
		});
		await searchAndToggleTheme(page, site.url);
		expect(violations).toEqual([]);
		expect(pagefind.length).toBeGreaterThan(0);
		expect(foreign).toEqual([]);
	});
});

describe('response headers from public/_headers', () => {
	it('protect every page', async () => {
		for (const path of ['/', '/stack/queues/', '/404.html']) {
			const { headers } = await fetch(`${site.url}${path}`);
			expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
			expect(headers.get('x-frame-options')).toBe('DENY');
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(headers.get('permissions-policy')).toContain('camera=()');
		}
	});

	it('cache hashed /_astro/ assets for a year and nothing else', async () => {
		const html = await (await fetch(`${site.url}/`)).text();
		const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
		expect(asset).toBeTruthy();
		const response = await fetch(`${site.url}${asset}`);
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect((await fetch(`${site.url}/`)).headers.get('cache-control')).toBeNull();
	});
});
