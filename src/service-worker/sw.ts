/// <reference lib="webworker" />
// The offline worker. Built by src/config/integrations/offline/ after Pagefind has written the search index;
// `virtual:offline-precache` is the list of files of this deploy.

import { entries, version } from 'virtual:offline-precache';
import { PrecacheController } from 'workbox-precaching';
import { isOfflineCache, precacheName } from './cache-names.ts';
import { installPrecache } from './install.ts';
import { skipWaiting } from './messages.ts';
import { registerRoutes } from './routes.ts';

declare const self: ServiceWorkerGlobalScope;

const precache = new PrecacheController({ cacheName: precacheName(version) });
precache.addToCacheList(entries);

self.addEventListener('install', (event) => event.waitUntil(installPrecache(precache, event)));

// No skipWaiting on install: a new deploy waits until the reader chooses "Reload", so an open page never mixes
// files of two deploys.
self.addEventListener('message', (event) => {
	if (event.data?.type === skipWaiting) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const own = precache.strategy.cacheName;
			const old = (await caches.keys()).filter((name) => isOfflineCache(name) && name !== own);
			await Promise.all(old.map((name) => caches.delete(name)));
			// Take the page that installed us (first visit), so its search works offline without a reload.
			await self.clients.claim();
		})(),
	);
});

registerRoutes(precache);
