/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';
import { isOfflineCache } from './cache-names.ts';
import { type PrecacheFailedMessage, precacheFailed } from './messages.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * Saves the whole site into this deploy's cache, or nothing. If any file fails (a 404, a network drop, the
 * storage quota), the half-filled cache is deleted and the install rejects: the browser discards this worker,
 * the site keeps working online (from the previous worker or the network), and the next visit tries again.
 */
export async function installPrecache(precache: PrecacheController, event: ExtendableEvent): Promise<void> {
	const cacheName = precache.strategy.cacheName;
	try {
		await reuseUnchangedFiles(precache);
		await precache.install(event);
	} catch (error) {
		await caches.delete(cacheName);
		const message =
			`Backend 2026 could not be saved for offline use: ${describe(error)}. ` +
			'The site keeps working online, and saving is tried again on the next visit.';
		console.error(message);
		await tellPages({ type: precacheFailed, message });
		throw error;
	}
}

/**
 * Copies files whose URL and revision did not change from the previous deploy's cache, so an update downloads
 * only what changed. Cache keys carry the content hash, so a hit is byte-identical to what the server has now.
 */
async function reuseUnchangedFiles(precache: PrecacheController): Promise<void> {
	const own = precache.strategy.cacheName;
	const previous = (await caches.keys()).filter((name) => isOfflineCache(name) && name !== own);
	if (previous.length === 0) return;
	const cache = await caches.open(own);
	const sources = await Promise.all(previous.map((name) => caches.open(name)));
	for (const cacheKey of precache.getURLsToCacheKeys().values()) {
		for (const source of sources) {
			const response = await source.match(cacheKey);
			if (response?.ok) {
				await cache.put(cacheKey, response);
				break;
			}
		}
	}
}

/** Workbox's production errors carry only a code and details; turn the two we expect into a sentence. */
function describe(error: unknown): string {
	if (error instanceof DOMException && error.name === 'QuotaExceededError') {
		return 'the browser has no storage left for this site (quota exceeded)';
	}
	const details = (error as { details?: { url?: string; status?: number } }).details;
	if (details?.url) return `${new URL(details.url).pathname} answered ${details.status ?? 'with an error'}`;
	return error instanceof Error ? error.message : String(error);
}

/** Pages are not controlled yet on a first visit, so include uncontrolled ones. */
async function tellPages(message: PrecacheFailedMessage): Promise<void> {
	const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	for (const page of pages) page.postMessage(message);
}
