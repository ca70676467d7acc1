import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** The warning the page logs when saving failed, once the worker reports it. */
export const failureWarning = (page: Page) =>
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
export async function expectOnlineOnly(page: Page, siteUrl: string): Promise<void> {
	expect(await offlineCaches(page)).toEqual([]);
	expect(await page.getByText('Available offline', { exact: true }).isVisible()).toBe(false);
	const failedAgain = failureWarning(page);
	await page.goto(`${siteUrl}/stack/queues/`);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
		'Message queues and asynchronous processing',
	);
	await failedAgain;
	await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) === undefined);
	expect(await offlineCaches(page)).toEqual([]);
}

/** The saved copy of a file (a path relative to the site root), as text; undefined when it is not saved. */
export const savedText = (page: Page, file: string) =>
	page.evaluate(async (path) => {
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				if (new URL(request.url).pathname === path) return (await cache.match(request))?.text();
			}
		}
		return undefined;
	}, `/${file}`);

/** Replaces the saved copy of a file with other bytes, under the same cache key, as a damaged device would. */
export async function damageSavedFile(page: Page, file: string, body: string): Promise<void> {
	const replaced = await page.evaluate(
		async ({ path, body }) => {
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					if (new URL(request.url).pathname !== path) continue;
					const saved = await cache.match(request);
					await cache.put(request, new Response(body, { headers: saved?.headers }));
					return true;
				}
			}
			return false;
		},
		{ path: `/${file}`, body },
	);
	if (!replaced) throw new Error(`${file} is not saved, so it cannot be damaged`);
}
