/** Filled in by src/features/offline/build/bundle-worker.ts when the worker is built. */
declare module 'virtual:offline-precache' {
	import type { PrecacheEntry } from 'workbox-precaching';

	/** Every file the worker saves, with a content hash as revision (null for hashed `_astro/` names). */
	export const entries: PrecacheEntry[];
}
