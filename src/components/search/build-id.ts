/**
 * One value per build, evaluated once when the build loads this module (server side only). Given
 * to Pagefind as its `metaCacheTag`: without it Pagefind adds a timestamp to its metadata request,
 * which no browser cache or service worker can ever reuse.
 */
export const buildId = Date.now().toString(36);
