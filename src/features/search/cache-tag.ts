/**
 * Pagefind's `metaCacheTag`, the `?ts=` of its entry request. Left unset, Pagefind uses the clock, so no cache
 * can reuse the request. A per-build or per-content value would have to be written into every page and would
 * change every page on every deploy (a returning offline reader would re-download the whole site), so it is a
 * constant: freshness comes from elsewhere. The service worker serves pagefind-entry.json from its precache at
 * the deploy's revision, and without a worker the host's `Cache-Control` (public/_headers) makes the browser
 * revalidate it.
 */
export const cacheTag = 'pagefind';
