import { describe, expect, it } from 'vitest';
import { contentPages } from '../../src/lib/content-pages.ts';
import { useSite } from './test-utils.ts';

const site = useSite();

// What the map must show, read from the page files themselves: every topic page and each prerequisite.
const topics = contentPages(process.cwd()).filter(
	(page) => page.section && !['home', 'glossary'].includes(page.section),
);
const arrows = topics.flatMap((page) =>
	((page.references?.prerequisites ?? []) as string[]).map((from) => `/${from}/>${page.address}`),
);

describe('the topic map', () => {
	it('draws every topic page as a link and every prerequisite as an arrow, and lists them all as text', async () => {
		const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}/map/`);
		const map = page.locator('svg.topic-map-svg');
		const nodes = await map
			.locator('a[data-map-topic]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(nodes.sort()).toEqual(topics.map((topic) => topic.address).sort());
		expect(await map.locator('polyline.map-edge').count()).toBe(arrows.length);
		// The same topics as a plain list, one link each, under a heading per section.
		const listed = await page
			.locator('.topic-map-section a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(listed.sort()).toEqual(topics.map((topic) => topic.address).sort());
		await page.getByRole('heading', { level: 3, name: 'Data in depth' }).waitFor();
		// A node is a real link to its page.
		await map.getByRole('link', { name: /Message queues/ }).click();
		await page.waitForURL('**/stack/queues/');
		expect(errors).toEqual([]);
	});

	it('marks three finished topics on the map and in the list, and opens the map in the zoom view', async () => {
		const { page, context, errors } = await site.newPage({ viewport: { width: 375, height: 800 } });
		await context.addInitScript(() => {
			const done = '2026-12-01T10:00:00.000Z';
			const pages = { '/stack/queues/': done, '/languages/go/': done, '/data/indexes/': done };
			localStorage.setItem(
				'backend-2026:progress',
				JSON.stringify({ format: 'backend-2026:progress', version: 1, pages, checks: {} }),
			);
		});
		await page.goto(`${site.url}/map/`);
		const node = page.locator('svg.topic-map-svg a[data-map-topic="/stack/queues/"]');
		await expect.poll(() => node.getAttribute('aria-label'), { timeout: 10_000 }).toMatch(/\(done\)$/);
		// Exactly the three finished topics are marked, on the map and in the list.
		const marked = (selector: string) =>
			page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('data-map-topic')).sort());
		const finished = ['/data/indexes/', '/languages/go/', '/stack/queues/'];
		expect(await marked('svg.topic-map-svg a[data-done]')).toEqual(finished);
		expect(await marked('.topic-map-section a[data-done]')).toEqual(finished);
		await page
			.locator('.topic-map-section')
			.getByRole('link', { name: /Message queues.*\(done\)$/ })
			.waitFor();
		await page.getByRole('button', { name: /Enlarge map/ }).click();
		const dialog = page.getByRole('dialog');
		await dialog.locator('svg.topic-map-svg').waitFor();
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });
		expect(errors).toEqual([]);
	});
});
