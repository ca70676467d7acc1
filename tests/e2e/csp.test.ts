import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchPageHealth } from './page-health.ts';
import { searchAndToggleTheme } from './reader-actions.ts';
import { sitemapPaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';

const site = useSite({ serviceWorkers: 'allow' });
const pages = [...sitemapPaths(), '/404.html'];

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

	// Every page is checked the same way where it is loaded for the accessibility checks (a11y.test.ts).
	it('is never violated while searching and switching themes, which request only the site itself', async () => {
		const { context, page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		const health = await watchPageHealth(context, site.url);
		const pagefind: string[] = [];
		context.on('request', (request) => {
			if (request.url().includes('/pagefind/')) pagefind.push(request.url());
		});
		await searchAndToggleTheme(page, site.url);
		expect(health.take().problems).toEqual([]);
		expect(pagefind.length).toBeGreaterThan(0);
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
