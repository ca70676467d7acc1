import { describe, expect, it } from 'vitest';
import { collectFailedRequests, offlineCaches, search, waitUntilSaved } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const site = useSite({ serviceWorkers: 'allow' });

describe('reading offline', () => {
	it('saves the whole site on the first visit, then serves unvisited pages, diagrams and search offline', async () => {
		const { page, context, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		const failed = collectFailedRequests(context);
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		expect(await offlineCaches(page)).toHaveLength(1);

		await context.setOffline(true);
		await page.getByText('You are offline — everything still works.').waitFor();

		for (const [path, title] of [
			['/languages/go/', 'Go'],
			['/trends/edge/', 'Edge computing'],
			['/career/job-search/', 'Find a job or internship'],
		]) {
			// Waiting for the network to go quiet lets each page load everything it asks for, search UI included.
			await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(title);
		}

		// A page with diagrams, reached by its address without the trailing slash.
		await page.goto(`${site.url}/architecture/microservices`, { waitUntil: 'networkidle' });
		await page.waitForURL('**/architecture/microservices/');
		const diagram = page.getByRole('figure').first();
		expect(await diagram.locator('svg').first().isVisible()).toBe(true);

		await search(page, 'kafka', /queues/i);
		const result = await search(page, 'goroutine', /concurrency/i);
		const href = (await result.getAttribute('href')) ?? '';
		// The result links to the section, with the searched word for highlighting: /languages/go/?highlight=…#…
		expect(href).toMatch(/\/languages\/go\/(\?[^#]*)?#/);
		await result.click();
		await page.waitForURL(`**${href}`);
		const anchor = decodeURIComponent(href.split('#')[1] ?? '');
		expect(await page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
		// The searched word is highlighted there too (the page and Pagefind's highlight script are saved).
		await page.locator('mark.search-hit').first().waitFor();
		// Having searched, the tab loads Pagefind when idle; let that finish rather than abort it by navigating.
		await page.waitForLoadState('networkidle');

		// A shared search link opens the dialog with its results, offline as online.
		await page.goto(`${site.url}/?search=kafka&section=stack`, { waitUntil: 'networkidle' });
		await page
			.getByRole('dialog')
			.getByRole('link', { name: /queues/i })
			.first()
			.waitFor();

		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('shows the saved 404 page, with working search, for an address that is not saved', async () => {
		const { page, context } = await site.newPage({ viewport: { width: 375, height: 740 } });
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		await context.setOffline(true);

		await page.goto(`${site.url}/no-such-page/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
		const result = await search(page, 'kafka', /queues/i);
		await result.click();
		await page.waitForURL('**/stack/queues/**');
	});
});
