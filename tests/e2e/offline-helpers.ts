import type { BrowserContext, Locator, Page } from 'playwright-core';

/** Waits until the worker is active and controls the page and "Available offline" shows: the site is saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
	await page.getByText('Available offline', { exact: true }).waitFor({ timeout: 30_000 });
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** Every request in the context that failed or answered 4xx/5xx, the worker's own included. */
export function collectFailedRequests(context: BrowserContext): string[] {
	const failed: string[] = [];
	context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
	context.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
	});
	return failed;
}

/**
 * Opens the search dialog with Ctrl+K, replaces the query and waits for a result link matching `result`
 * (Pagefind's results list; features/search/).
 */
export async function search(page: Page, query: string, result: RegExp): Promise<Locator> {
	const dialog = page.getByRole('dialog');
	// Ctrl+K toggles the dialog, so close one left open by an earlier search first.
	if ((await dialog.count()) > 0) {
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
	}
	await page.keyboard.press('Control+k');
	const field = dialog.getByRole('searchbox');
	await field.fill(query);
	const link = dialog.getByRole('list', { name: 'Search results' }).getByRole('link', { name: result }).first();
	await link.waitFor({ timeout: 15_000 });
	return link;
}

/** Names of the caches the offline worker created. */
export const offlineCaches = (page: Page) =>
	page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('backend-2026-offline-')));
