/// <reference lib="webworker" />
// The offline worker, on Workbox's own precache lifecycle. Built by src/features/offline/build/ after Pagefind has
// written the search index; `virtual:offline-precache` is the list of files of this deploy.

import { entries } from 'virtual:offline-precache';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController } from 'workbox-precaching';
import { writeChoice } from '../choice.ts';
import {
	type SaveProgressMessage,
	type SaveWholeSiteResult,
	saveProgress,
	saveWholeSite,
	skipWaiting,
	statusRequest,
} from '../messages.ts';
import { describe, installOrReport, rememberFailedDownloads } from './install.ts';
import { verifySavedFiles } from './integrity.ts';
import { registerRoutes } from './routes.ts';
import { offlineStatus, saveMissing } from './save.ts';
import { compressSavedFiles, storeCompressed } from './storage.ts';

declare const self: ServiceWorkerGlobalScope;

// One cache for every deploy, keyed by URL and content hash: an update downloads only the entries whose hash
// changed, and a waiting deploy never touches the entries the active one serves.
// Every entry carries the integrity hash of the built file: Workbox downloads with it (the browser refuses other
// bytes), and verifySavedFiles checks a saved file against it before Workbox reuses or serves it.
setCacheNameDetails({ prefix: 'backend-2026-offline' });
const precache = new PrecacheController();
// Text files are saved gzip-compressed (storeCompressed) and read back decompressed, then checked (verifySavedFiles).
precache.strategy.plugins.unshift(verifySavedFiles(precache), rememberFailedDownloads, storeCompressed);
precache.addToCacheList(entries);

self.addEventListener('install', (event) => event.waitUntil(installOrReport(precache, event)));

// No skipWaiting on install: a new deploy waits until the reader chooses "Reload" (workbox-window's
// messageSkipWaiting), so an open page never mixes files of two deploys.
self.addEventListener('message', (event) => {
	if (event.data?.type === skipWaiting) void self.skipWaiting();
	else answer(event);
});

/** The footer's questions (messages.ts): how much is saved, and "Save the whole site for offline". */
function answer(event: ExtendableMessageEvent): void {
	const [port] = event.ports;
	if (!port) return;
	if (event.data?.type === statusRequest)
		event.waitUntil(offlineStatus(precache).then((status) => port.postMessage(status)));
	if (event.data?.type === saveWholeSite) event.waitUntil(saveWholeSiteFor(event, port));
}

async function saveWholeSiteFor(event: ExtendableMessageEvent, port: MessagePort): Promise<void> {
	let result: SaveWholeSiteResult = { ok: true };
	try {
		// Remembered first: every later deploy installs the whole site, even if this download is cut short.
		await writeChoice({ wholeSite: true });
		await saveMissing(precache, event, (done, total) => {
			const progress: SaveProgressMessage = { type: saveProgress, done, total };
			port.postMessage(progress);
		});
	} catch (error) {
		result = { ok: false, message: await describe(error) };
	}
	port.postMessage(result);
}

// On activation Workbox deletes the entries the previous deploy had and this one has not, and caches of older
// Workbox versions; clientsClaim takes the page that installed us (first visit), so its search works offline
// without a reload.
// Entries saved uncompressed by an earlier worker are compressed in place once this one is in charge.
self.addEventListener('activate', (event) =>
	event.waitUntil(precache.activate(event).then(() => compressSavedFiles(precache.strategy.cacheName))),
);
cleanupOutdatedCaches();
clientsClaim();

// Workers before December 2026 kept one cache per deploy, named backend-2026-offline-<hash>: free that space.
// Remove once no reader can still have one (a year on).
self.addEventListener('activate', (event) => {
	const legacy = /^backend-2026-offline-[0-9a-f]{12}$/;
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((name) => legacy.test(name)).map((name) => caches.delete(name)))),
	);
});

registerRoutes(precache);
