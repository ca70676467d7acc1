/** Filled in by src/config/integrations/offline/bundle-worker.ts when the worker is built. */
declare module 'virtual:offline-precache' {
	import type { PrecacheEntry } from 'workbox-precaching';

	/** Every file the worker saves, with a content hash as revision (null for hashed `_astro/` names). */
	export const entries: PrecacheEntry[];
	/** Hash of `entries`: names this deploy's cache. */
	export const version: string;
}
