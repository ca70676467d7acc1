import { describe, expect, it } from 'vitest';
import { searchFromHome } from './reader-actions.ts';
import { useSite } from './test-utils.ts';

const site = useSite();

describe('a reader on the built site', () => {
	it('sees the landing page with its title and ways in', async () => {
		const { page, errors } = await site.newPage();
		await page.goto(`${site.url}/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Backend 2026');
		expect(await page.getByRole('link', { name: /learning path/i }).count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	it('navigates from the sidebar to a topic page', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/foundations/what-is-backend/`);
		const sidebar = page.getByRole('navigation', { name: 'Main' });
		await sidebar.getByRole('link', { name: 'Message queues and asynchronous processing' }).click();
		await page.waitForURL('**/stack/queues/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Message queues and asynchronous processing',
		);
	});

	it('scrolls a heading anchor into view', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/stack/queues/#delivery-guarantees`);
		const heading = page.getByRole('heading', { name: 'Delivery guarantees' });
		await heading.waitFor();
		const box = await heading.boundingBox();
		expect(box?.y).toBeGreaterThanOrEqual(0);
		expect(box?.y).toBeLessThan(400);
	});

	it('opens search with Ctrl+K and finds a topic', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		const result = await searchFromHome(page, site.url, 'kafka', /queues/i);
		expect(await result.getAttribute('href')).toContain('/stack/queues/');
	});
});
