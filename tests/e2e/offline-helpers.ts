import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { gzipStored, storedAsHeader } from '../../src/features/offline/storage-format.ts';

/**
 * Waits until the worker is active and controls the page and "Available offline" shows: the site is saved. Saving
 * 248 files takes about 5 s on an idle machine, but near 30 s on two cores shared with other builds: a ceiling, not a wait.
 */
export async function waitUntilSaved(page: Page): Promise<void> {
	await page.getByText('Available offline', { exact: true }).waitFor({ timeout: 90_000 });
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

/** How a file is saved: its stored bytes and headers, and its text once decompressed (gzip, worker/storage.ts). */
export interface SavedEntry {
	text: string;
	storedBytes: number;
	gzip: boolean;
	headers: Record<string, string>;
}

/** The saved copy of a file (a path relative to the site root); undefined when it is not saved. */
export const savedEntry = (page: Page, file: string): Promise<SavedEntry | undefined> =>
	page.evaluate(
		async ({ path, header, gzip }) => {
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					if (new URL(request.url).pathname !== path) continue;
					const saved = await cache.match(request);
					if (!saved) return undefined;
					const stored = await saved.arrayBuffer();
					const isGzip = saved.headers.get(header) === gzip;
					const body = new Response(stored).body as ReadableStream<Uint8Array<ArrayBuffer>>;
					const text = await new Response(isGzip ? body.pipeThrough(new DecompressionStream('gzip')) : body).text();
					return { text, storedBytes: stored.byteLength, gzip: isGzip, headers: Object.fromEntries(saved.headers) };
				}
			}
			return undefined;
		},
		{ path: `/${file}`, header: storedAsHeader, gzip: gzipStored },
	);

/** The saved copy of a file, as text (decompressed); undefined when it is not saved. */
export const savedText = async (page: Page, file: string) => (await savedEntry(page, file))?.text;

/**
 * Replaces the saved copy of a file with other bytes, under the same cache key and in the same storage format
 * (gzip when the saved copy was), as a damaged device or a worker from before integrity hashes would leave it.
 */
export async function damageSavedFile(page: Page, file: string, body: string): Promise<void> {
	const replaced = await page.evaluate(
		async ({ path, body, header, gzip }) => {
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					if (new URL(request.url).pathname !== path) continue;
					const saved = await cache.match(request);
					const plain = new Response(body).body as ReadableStream<Uint8Array<ArrayBuffer>>;
					const stored = saved?.headers.get(header) === gzip ? plain.pipeThrough(new CompressionStream('gzip')) : plain;
					await cache.put(request, new Response(await new Response(stored).arrayBuffer(), { headers: saved?.headers }));
					return true;
				}
			}
			return false;
		},
		{ path: `/${file}`, body, header: storedAsHeader, gzip: gzipStored },
	);
	if (!replaced) throw new Error(`${file} is not saved, so it cannot be damaged`);
}

/** Every saved entry: its path, its Content-Type and whether it is stored gzip-compressed. */
export const savedFormats = (page: Page) =>
	page.evaluate(
		async ({ header, gzip }) => {
			const found: { path: string; type: string; gzip: boolean }[] = [];
			for (const name of (await caches.keys()).filter((key) => key.startsWith('backend-2026-offline-'))) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					const headers = (await cache.match(request))?.headers;
					const path = new URL(request.url).pathname;
					found.push({ path, type: headers?.get('content-type') ?? '', gzip: headers?.get(header) === gzip });
				}
			}
			return found;
		},
		{ header: storedAsHeader, gzip: gzipStored },
	);

/** Rewrites every gzip entry uncompressed and unmarked, under the same key: a cache the worker before December 2026 filled. */
export const storeAsOldWorker = (page: Page) =>
	page.evaluate(
		async ({ header, gzip }) => {
			for (const name of (await caches.keys()).filter((key) => key.startsWith('backend-2026-offline-'))) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					const saved = await cache.match(request);
					if (!saved?.body || saved.headers.get(header) !== gzip) continue;
					const headers = new Headers(saved.headers);
					headers.delete(header);
					const plain = await new Response(saved.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
					await cache.put(request, new Response(plain, { headers }));
				}
			}
		},
		{ header: storedAsHeader, gzip: gzipStored },
	);
