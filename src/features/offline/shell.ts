/**
 * With Save-Data the worker saves the shell, not the site: every file but the pages and the search index, so any
 * page the reader opens has its styles, scripts, fonts and images, plus the 404 page (the offline fallback).
 * Pages and search files are then saved as the reader opens or searches them: Workbox's precache route fetches a
 * listed file that is not saved yet with its integrity hash and saves it (its "repair"), through the same plugins.
 * `path` is a URL path (`/stack/queues/index.html`). Shared by the worker, the bench and the tests.
 */
export const isShellFile = (path: string): boolean =>
	path === '/404.html' || (!path.endsWith('.html') && !path.startsWith('/pagefind/'));
