import { renameSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDistCopy } from './dist-copy.ts';
import { offlineCaches, waitUntilSaved } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const dist = useDistCopy();
const site = useSite({ root: dist.root });

/** The warning the page logs when saving failed, once the worker reports it. */
const failureWarning = (page: Page) =>
	page.waitForEvent('console', {
		predicate: (message) =>
			message.type() === 'warning' && message.text().includes('could not be saved for offline use'),
		timeout: 30_000,
	});

/**
 * Nothing half-saved: no worker, no cache, no "Available offline", and pages still load from the network. The
 * visit to a second page tries to save the site again and fails the same way; waiting for that failure to end
 * matters, because a visit while a doomed install is still running joins it instead of starting a fresh one.
 */
async function expectOnlineOnly(page: Page): Promise<void> {
	expect(await offlineCaches(page)).toEqual([]);
	expect(await page.getByText('Available offline', { exact: true }).isVisible()).toBe(false);
	const failedAgain = failureWarning(page);
	await page.goto(`${site.url}/stack/queues/`);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
		'Message queues and asynchronous processing',
	);
	await failedAgain;
	await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) === undefined);
	expect(await offlineCaches(page)).toEqual([]);
}

describe('when saving the site fails', () => {
	it('a missing file (404) leaves the site online-only with a clear message, and the next visit retries', async () => {
		const { page } = await site.newPage();
		const missing = dist.path('pagefind/wasm.en.pagefind');
		renameSync(missing, `${missing}.away`);

		const warning = failureWarning(page);
		await page.goto(`${site.url}/`);
		expect((await warning).text()).toContain('/pagefind/wasm.en.pagefind answered 404');
		await expectOnlineOnly(page);

		renameSync(`${missing}.away`, missing);
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		expect(await offlineCaches(page)).toHaveLength(1);
	});

	it('a full storage quota leaves the site online-only with a clear message, and the next visit retries', async () => {
		const { page, context } = await site.newPage();
		const cdp = await context.newCDPSession(page);
		// Far less than the site needs, so the install runs out of room part-way through.
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.url, quotaSize: 1024 * 1024 });

		const warning = failureWarning(page);
		await page.goto(`${site.url}/`);
		expect((await warning).text()).toContain('quota exceeded');
		await expectOnlineOnly(page);

		await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.url });
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		expect(await offlineCaches(page)).toHaveLength(1);
	});
});
