import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { waitUntilSaved } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const site = useSite({ serviceWorkers: 'allow' });

interface Manifest {
	name: string;
	short_name: string;
	start_url: string;
	display: string;
	theme_color: string;
	background_color: string;
	icons: { src: string; sizes: string; type: string; purpose: string }[];
}

describe('the web app manifest', () => {
	it('is linked from the pages and parsed by Chromium without errors', async () => {
		const { page, context } = await site.newPage();
		await page.goto(`${site.url}/stack/queues/`);
		expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
		const cdp = await context.newCDPSession(page);
		const { errors, data } = await cdp.send('Page.getAppManifest');
		expect(errors).toEqual([]);
		const manifest = JSON.parse(data ?? '{}') as Manifest;
		expect(manifest).toMatchObject({ name: 'Backend 2026', start_url: '/', display: 'standalone' });
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
	});

	it("meets Chromium's install criteria once the offline worker runs", async () => {
		const { page, context } = await site.newPage();
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		// Test contexts are incognito, where Chromium never offers to install; every other criterion must hold.
		expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
	});

	it('names PNG icons of 192 and 512 pixels, maskable ones included, that exist at those sizes', async () => {
		const { page } = await site.newPage();
		const manifest = (await (await page.request.get(`${site.url}/manifest.webmanifest`)).json()) as Manifest;
		const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
		expect(icons).toEqual(
			expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']),
		);
		for (const icon of manifest.icons) {
			const response = await page.request.get(`${site.url}${icon.src}`);
			expect(response.status(), icon.src).toBe(200);
			const { format, width, height } = await sharp(await response.body()).metadata();
			expect(`${format} ${width}x${height}`, icon.src).toBe(`png ${icon.sizes}`);
		}
	});

	it('gives iOS a 180-pixel touch icon and the browser bar a colour per theme', async () => {
		const { page } = await site.newPage({ colorScheme: 'dark' });
		await page.goto(`${site.url}/`);
		const touchIcon = (await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')) ?? '';
		const { width, height } = await sharp(await (await page.request.get(`${site.url}${touchIcon}`)).body()).metadata();
		expect([width, height]).toEqual([180, 180]);

		const colors = () =>
			page
				.locator('meta[name="theme-color"]')
				.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
		expect(new Set(await colors()).size).toBe(1);
		const dark = (await colors())[0];
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
		await expect.poll(async () => (await colors())[0]).not.toBe(dark);
	});
});
