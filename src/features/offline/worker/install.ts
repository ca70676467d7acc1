/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core/types.js';
import type { PrecacheController } from 'workbox-precaching';
import { type PrecacheFailedMessage, precacheFailed } from '../messages.ts';
import { matchesIntegrity } from './integrity.ts';
import { installLean, savesLean } from './save.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * Workbox's install, plus what it leaves to us when a file fails (a 404, a network drop, the storage quota): the
 * install rejects, so the browser discards this worker and the site keeps working online; the pages are told why;
 * and on a first visit the half-filled cache is deleted so it does not hold the reader's storage. With a deploy
 * already active the cache stays: that deploy still serves from it, and the next try reuses what was saved.
 */
export async function installOrReport(precache: PrecacheController, event: ExtendableEvent): Promise<void> {
	try {
		// With Save-Data only the shell and the open pages (worker/save.ts); otherwise Workbox's install of all.
		if (await savesLean()) await installLean(precache, event);
		else await precache.install(event);
	} catch (error) {
		if (!self.registration.active) await caches.delete(precache.strategy.cacheName);
		const message =
			`Backend 2026 could not be saved for offline use: ${await describe(error)}. ` +
			'The site keeps working online, and saving is tried again on the next visit.';
		console.error(message);
		await tellPages({ type: precacheFailed, message });
		throw error;
	}
}

/** The last download that failed outright (a dropped connection, or bytes the integrity check refused). */
let failedDownload: Request | undefined;

/** Remembers which file a failed download was for: the browser's error ("Failed to fetch") does not say. */
export const rememberFailedDownloads: WorkboxPlugin = {
	fetchDidFail: async ({ request }) => {
		failedDownload = request;
	},
};

/** Workbox's production errors carry only a code and details; turn the ones we expect into a sentence. */
export async function describe(error: unknown): Promise<string> {
	if (error instanceof DOMException && error.name === 'QuotaExceededError') {
		return 'the browser has no storage left for this site (quota exceeded)';
	}
	const details = (error as { details?: { url?: string; status?: number } }).details;
	if (details?.url) return `${new URL(details.url).pathname} answered ${details.status ?? 'with an error'}`;
	if (error instanceof TypeError && failedDownload) return await whyDownloadFailed(failedDownload);
	return error instanceof Error ? error.message : String(error);
}

/** Tells a refused integrity check (the server has other bytes than the build listed) from a network failure. */
async function whyDownloadFailed(request: Request): Promise<string> {
	const path = new URL(request.url).pathname;
	const response = request.integrity
		? await fetch(request.url, { cache: 'no-store' }).catch(() => undefined)
		: undefined;
	// The browser refuses any response whose bytes miss the hash, an error page too: report the status first.
	if (response && !response.ok) return `${path} answered ${response.status}`;
	if (response && !(await matchesIntegrity(await response.arrayBuffer(), request.integrity))) {
		return `${path} on the server differs from the file this deploy lists (integrity check failed), so it was not saved`;
	}
	return `${path} could not be downloaded`;
}

/** Pages are not controlled yet on a first visit, so include uncontrolled ones. */
async function tellPages(message: PrecacheFailedMessage): Promise<void> {
	const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	for (const page of pages) page.postMessage(message);
}
