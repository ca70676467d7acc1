import { text } from 'node:stream/consumers';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolation, runAxe } from './axe.ts';
import { waitUntilSaved } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

// The offline worker is allowed: the first test reads its progress with the network gone.
const site = useSite({ serviceWorkers: 'allow' });

const finished = ['/stack/queues/', '/languages/go/', '/data/indexes/'];
const toggle = (page: Page) => page.getByRole('button', { name: 'Mark as done' }).first();
const sidebarLink = (page: Page, name: string) => page.locator('#starlight__sidebar').getByRole('link', { name });
const progressWords = (page: Page) => page.locator('[data-progress-words]').first();
const status = (page: Page) => page.locator('[data-progress-status]');
// The progress script starts after the page's `load` event, later still on a busy machine.
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function markDone(page: Page, path: string) {
	await page.goto(`${site.url}${path}`);
	await eventually(() => toggle(page).isEnabled()).toBe(true);
	await toggle(page).click();
	await eventually(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
}

const frameworkItem =
	'You can build a CRUD API for one resource, with validation and correct status codes, from an empty project.';

describe('progress on the device', () => {
	it('keeps finished pages and ticked items across reloads and offline, in the sidebar, counts and bars', async () => {
		const { page, context, errors } = await site.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		for (const path of finished) await markDone(page, path);

		await page.goto(`${site.url}/career/framework/`);
		const item = page.getByRole('checkbox', { name: frameworkItem });
		await eventually(() => item.isEnabled()).toBe(true);
		await item.check();

		await page.reload();
		await eventually(() => item.isChecked()).toBe(true);
		// The mark in the sidebar is announced: the link's name ends with "(done)".
		await sidebarLink(page, 'Go (Golang) (done)').waitFor();
		expect(
			await page
				.locator('#starlight__sidebar details', { hasText: 'Languages' })
				.locator('.progress-count')
				.textContent(),
		).toMatch(/^1 of \d+ done$/);

		await context.setOffline(true);
		await page.goto(`${site.url}/career/learning-path/`, { waitUntil: 'networkidle' });
		const bar = page.getByRole('progressbar', { name: 'Your progress on this device' });
		await eventually(() => bar.evaluate((element) => (element as HTMLProgressElement).value)).toBe(3);
		expect(await progressWords(page).textContent()).toMatch(/^3 of \d+ topics done$/);
		await page.goto(`${site.url}/languages/go/`, { waitUntil: 'networkidle' });
		await eventually(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
		// The second toggle, after Key points, shows the same state and undoes it.
		const second = page.getByRole('button', { name: 'Mark as done' }).nth(1);
		expect(await second.getAttribute('aria-pressed')).toBe('true');
		await second.click();
		await eventually(() => toggle(page).getAttribute('aria-pressed')).toBe('false');
		await page.goto(`${site.url}/career/framework/`, { waitUntil: 'networkidle' });
		await eventually(() => item.isChecked()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('exports, resets after confirmation, and imports by merging; a corrupt file changes nothing', async () => {
		const { page, errors } = await site.newPage({ serviceWorkers: 'block' });
		for (const path of finished) await markDone(page, path);

		await page.goto(`${site.url}/career/learning-path/`);
		const exportButton = page.getByRole('button', { name: 'Export progress' });
		await eventually(() => exportButton.isEnabled()).toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
		// Read through the browser connection: the run's one Chromium is connected to, so it has no local path.
		const exported = await text(await download.createReadStream());
		expect(Object.keys(JSON.parse(exported).pages).sort()).toEqual([...finished].sort());

		// Reset asks first: dismissing keeps everything.
		page.once('dialog', (dialog) => void dialog.dismiss());
		await page.getByRole('button', { name: 'Reset progress' }).click();
		expect(await progressWords(page).textContent()).toMatch(/^3 of/);
		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Reset progress' }).click();
		await eventually(() => progressWords(page).textContent()).toMatch(/^0 of/);

		// Something done since the reset survives the import: an import adds, it never wipes.
		await markDone(page, '/stack/caching/');
		await page.goto(`${site.url}/career/learning-path/`);
		const picker = page.locator('input[type="file"][data-progress-import]');
		await eventually(() => exportButton.isEnabled()).toBe(true);

		for (const [name, text] of [
			['notes.json', 'this is not json'],
			['other.json', JSON.stringify({ format: 'someone-else', pages: {} })],
			['damaged.json', exported.replace('"/stack/queues/"', '"not an address"')],
		] as const) {
			await picker.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
			await eventually(() => status(page).textContent()).toMatch(/Nothing was changed\.$/);
			expect(await progressWords(page).textContent()).toMatch(/^1 of/);
			await status(page).evaluate((element) => {
				element.textContent = '';
			});
		}

		await picker.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await eventually(() => progressWords(page).textContent()).toMatch(/^4 of/);
		expect(await status(page).textContent()).toContain('3 finished pages');
		expect(errors).toEqual([]);
	});

	it('shows done pages, counts and the pressed toggle accessibly in both themes', async () => {
		const { page } = await site.newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
		await markDone(page, '/stack/queues/');
		await sidebarLink(page, 'Message queues and asynchronous processing (done)').waitFor();
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const violations = await runAxe(
				page,
				{ include: ['#starlight__sidebar', '.progress-toggle'] },
				{
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
				},
			);
			expect(violations.map(describeViolation), colorScheme).toEqual([]);
		}
	});

	it('keeps progress for a page reached through a redirect from its old address', async () => {
		const { page, context } = await site.newPage({ serviceWorkers: 'block' });
		await context.addInitScript(() => {
			if (localStorage.getItem('backend-2026:progress')) return;
			const pages = { '/stack/docker/': '2026-11-30T10:00:00.000Z' };
			localStorage.setItem(
				'backend-2026:progress',
				JSON.stringify({ format: 'backend-2026:progress', version: 1, pages, checks: {} }),
			);
		});
		await page.goto(`${site.url}/stack/containers/`);
		await eventually(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
	});

	it('says progress cannot be saved when storage refuses writes, and the page still works', async () => {
		const { page, context, errors } = await site.newPage({ serviceWorkers: 'block' });
		// A full quota or storage switched off: writes throw, as some private modes do. Starlight's theme script
		// (not ours) does not catch a refused write and would report one whatever this feature does, so its one key
		// is let through; every other write is refused.
		await context.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key === 'starlight-theme') return setItem.call(this, key, value);
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.goto(`${site.url}/stack/queues/`);
		await page.getByText('Progress cannot be saved in this browser.').first().waitFor();
		expect(await toggle(page).getAttribute('aria-disabled')).toBe('true');
		await page.goto(`${site.url}/career/learning-path/`);
		await eventually(() => status(page).textContent()).toMatch(/cannot be saved/);
		expect(await page.getByRole('button', { name: 'Export progress' }).isDisabled()).toBe(true);
		// Search, the theme switch and the rest of the page are unaffected.
		await page.getByRole('link', { name: 'Step 1: Programming basics' }).first().click();
		await page.waitForURL('**/career/programming-basics/');
		expect(errors).toEqual([]);
	});
});
