/// <reference lib="webworker" />
import type { PrecacheController } from 'workbox-precaching';
import { prefersSavingData, readChoice } from '../choice.ts';
import type { OfflineStatus } from '../messages.ts';
import { isShellFile } from '../shell.ts';

declare const self: ServiceWorkerGlobalScope;

/** The saved page at a page address (`/stack/queues/` is saved as `/stack/queues/index.html`). */
const pageFile = (address: string) => {
	const { pathname } = new URL(address);
	return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
};

/** Whether this install saves only part of the site: Save-Data, unless the reader asked for the whole site. */
export async function savesLean(): Promise<boolean> {
	const choice = await readChoice();
	return !choice.wholeSite && (choice.saveData || prefersSavingData());
}

/** This deploy's files as [url, cache key], and the paths of those already saved (under any revision). */
async function listed(precache: PrecacheController) {
	const cache = await caches.open(precache.strategy.cacheName);
	const keys = new Set((await cache.keys()).map((request) => request.url));
	const savedPaths = new Set([...keys].map((url) => new URL(url).pathname));
	return { entries: [...precache.getURLsToCacheKeys()], keys, savedPaths };
}

/**
 * The Save-Data install: the shell, the pages open now (the first visit's page was loaded before the worker
 * existed), and every file already saved by an earlier deploy, so what the reader has keeps working offline.
 */
export async function installLean(precache: PrecacheController, event: ExtendableEvent): Promise<void> {
	const { entries, savedPaths } = await listed(precache);
	const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const open = new Set(pages.map((page) => pageFile(page.url)));
	const wanted = entries.filter(([url]) => {
		const path = new URL(url).pathname;
		return isShellFile(path) || open.has(path) || savedPaths.has(path);
	});
	await saveEntries(precache, event, wanted);
}

/** Saves the files of this deploy not saved yet (the reader pressed "Save the whole site for offline"). */
export async function saveMissing(
	precache: PrecacheController,
	event: ExtendableEvent,
	progress: (done: number, total: number) => void,
): Promise<void> {
	const { entries, keys } = await listed(precache);
	const missing = entries.filter(([, cacheKey]) => !keys.has(cacheKey));
	await saveEntries(precache, event, missing, progress);
}

export async function offlineStatus(precache: PrecacheController): Promise<OfflineStatus> {
	const { entries, keys } = await listed(precache);
	const missing = entries.filter(([, cacheKey]) => !keys.has(cacheKey)).length;
	return { missing, total: entries.length, lean: await savesLean() };
}

/**
 * Workbox's own install loop (PrecacheController.install, one file at a time) over some of the files. Through
 * the precache strategy, so a saved file is checked and reused and a download is compressed like any other; at
 * install a failed download rejects (Workbox throws), otherwise the error is raised here with the same details.
 */
async function saveEntries(
	precache: PrecacheController,
	event: ExtendableEvent,
	entries: [url: string, cacheKey: string][],
	progress?: (done: number, total: number) => void,
): Promise<void> {
	let done = 0;
	for (const [url, cacheKey] of entries) {
		const integrity = precache.getIntegrityForCacheKey(cacheKey);
		const request = new Request(url, { integrity, cache: 'reload', credentials: 'same-origin' });
		const response = await precache.strategy.handle({ request, event, params: { cacheKey, integrity } });
		if (!response.ok)
			throw Object.assign(new Error(`${url} answered ${response.status}`), {
				details: { url, status: response.status },
			});
		progress?.(++done, entries.length);
	}
}
