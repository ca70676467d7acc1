import { describe, expect, it } from 'vitest';
import { useSite } from './test-utils.ts';

const site = useSite();

// Every page, diagram pages included, is loaded without a console error or exception in a11y.test.ts (page-health.ts).
describe('build-time diagrams', () => {
	it('draw one SVG that takes the light palette, then the dark one after toggling, with no Mermaid script', async () => {
		const { page, errors } = await site.newPage({ colorScheme: 'light' });
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(`${site.url}/stack/queues/`);
		const figure = page.getByRole('figure').first();
		await expect(figure.locator('svg[role="img"]').count()).resolves.toBe(1);
		/** What the reader sees: a label's colour, a box's fill and the frame behind them. */
		const colours = () =>
			figure.evaluate((element) => ({
				label: getComputedStyle(element.querySelector('svg text') as Element).fill,
				box: getComputedStyle(element.querySelector('svg .f-node') as Element).fill,
				frame: getComputedStyle(element.querySelector('.diagram-frame') as Element).backgroundColor,
			}));
		// Starlight's text, the accent tint and the page colour (render-settings.ts's palette).
		await expect(colours()).resolves.toEqual({
			label: 'rgb(23, 24, 28)',
			box: 'rgb(240, 253, 250)',
			frame: 'rgb(255, 255, 255)',
		});

		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
		await expect(colours()).resolves.toEqual({
			label: 'rgb(236, 238, 242)',
			box: 'rgb(15, 46, 43)',
			frame: 'rgb(23, 24, 28)',
		});

		const html = await page.content();
		expect(html).not.toContain('language-mermaid');
		expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('gives each diagram an accessible image with title, description and a visible caption', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.url}/foundations/request-response/`);
		const svg = page.locator('figure.diagram svg').first();
		expect(await svg.getAttribute('role')).toBe('img');
		expect(await svg.locator('title').textContent()).toBeTruthy();
		expect(await svg.locator('desc').textContent()).toBeTruthy();
		const caption = await page.locator('figure.diagram figcaption .diagram-description').first().textContent();
		expect(caption).toBe(await svg.locator('desc').textContent());
	});

	it('keeps diagram ids unique on every page', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.url}/architecture/microservices/`);
		const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
		expect(ids.length).toBeGreaterThan(10);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});
});
