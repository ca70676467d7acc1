/**
 * One cache per deploy, named after a hash of the precache list. A worker only ever reads its own cache, so a
 * reader never gets a page from one deploy with scripts or search files from another, and deleting a deploy's
 * cache is one `caches.delete`.
 */
export const cachePrefix = 'backend-2026-offline-';

export const precacheName = (version: string) => `${cachePrefix}${version}`;

export const isOfflineCache = (name: string) => name.startsWith(cachePrefix);
