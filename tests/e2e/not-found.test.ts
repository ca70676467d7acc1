import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from './axe.ts';
import { useSite } from './test-utils.ts';

const site = useSite();

/** Console errors other than the 404 response the test asked for. */
const unexpected = (errors: string[]) => errors.filter((error) => !error.includes('status of 404'));

/** The suggestions once the search has finished, as link names and addresses. */
async function suggestions(page: Page) {
	await page
		.getByRole('status')
		.filter({ hasText: /match|start/ })
		.waitFor({ timeout: 15_000 });
	const links = page.getByRole('region', { name: 'Closest pages' }).getByRole('listitem').getByRole('link');
	return Promise.all(
		(await links.all()).map(async (link) => ({
			name: (await link.textContent())?.trim(),
			href: await link.getAttribute('href'),
		})),
	);
}

describe('the 404 page', () => {
	it('answers 404, names the missing address and suggests the queues page for /stack/kafka-queue/', async () => {
		const { page, errors } = await site.newPage();
		const response = await page.goto(`${site.url}/stack/kafka-queue/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
		await expect(page.getByText('There is no page at').textContent()).resolves.toContain('/stack/kafka-queue/');
		const found = await suggestions(page);
		expect(found[0]).toEqual({ name: 'Message queues and asynchronous processing', href: '/stack/queues/' });
		expect(unexpected(errors)).toEqual([]);
	});

	it('forgives a typo in the address', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.url}/stack/cachng/`);
		expect((await suggestions(page))[0]?.href).toBe('/stack/caching/');
	});

	it('offers good places to start when no word matches', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.url}/zzqx-wvvk/`);
		const found = await suggestions(page);
		await expect(page.getByRole('status').filter({ hasText: 'No page matches' }).count()).resolves.toBe(1);
		expect(found.map((link) => link.href)).toContain('/career/learning-path/');
	});

	it('searches again from its search box, by keyboard', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.url}/nothing-here/`);
		await suggestions(page);
		const box = page.getByRole('searchbox', { name: 'Search the site' });
		await box.fill('kubernetes');
		await box.press('Enter');
		await page.getByRole('status').filter({ hasText: '“kubernetes”' }).waitFor();
		const found = await suggestions(page);
		expect(found.map((link) => link.href)).toContain('/stack/containers/');
	});

	it('works with JavaScript off: a static list of sections', async () => {
		const { page } = await site.newPage({ javaScriptEnabled: false });
		await page.goto(`${site.url}/stack/kafka-queue/`);
		const browse = page.getByRole('region', { name: 'Browse by section' });
		await expect(browse.getByRole('link', { name: 'The stack' }).getAttribute('href')).resolves.toBe('/#stack');
		await expect(browse.getByRole('link', { name: 'Backend frameworks' }).count()).resolves.toBe(1);
		await expect(page.getByRole('heading', { name: 'Closest pages' }).isVisible()).resolves.toBe(false);
		await expect(page.getByRole('searchbox', { name: 'Search the site' }).count()).resolves.toBe(0);
	});

	it('has no axe violations with its suggestions shown, in light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page } = await site.newPage({ colorScheme });
			await page.goto(`${site.url}/stack/kafka-queue/`);
			await suggestions(page);
			// The page's own content; the shared header and sidebar are checked on every page by the site-wide sweep.
			const violations = await runAxe(page, 'main', {});
			expect(
				violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.map((node) => node.target)}`),
			).toEqual([]);
		}
	});

	it('stays out of search indexes and claims no canonical address', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.url}/stack/kafka-queue/`);
		await expect(page.locator('head meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
		await expect(page.locator('head link[rel="canonical"]').count()).resolves.toBe(0);
		await expect(page.locator('head meta[property="og:url"]').count()).resolves.toBe(0);
	});
});
