/// <reference lib="webworker" />
import { type PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { highlightParam, shareParams } from '../../search/config.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * Shown for an address that is not saved while the network is down. Every page is saved, so such an address has
 * no page in this deploy: the 404 page (src/pages/404.astro) says so and offers search, which works offline.
 * A page of its own would also be a page outside the sitemap and without a topic, which the site does not allow.
 */
export const offlineFallback = '404.html';

const exactly = (name: string) => new RegExp(`^${name}$`);

/**
 * Query parameters that never change a file: tracking tags, the `ts` Pagefind adds to pagefind-entry.json, and
 * the search's own, read by the page's script: `?highlight=` on a result page, `?search=&section=` in a shared search.
 */
const ignoredParameters = [
	/^utm_/,
	/^fbclid$/,
	/^ts$/,
	...[highlightParam, ...Object.values(shareParams)].map(exactly),
];

export function registerRoutes(precache: PrecacheController): void {
	// `/stack/queues` → `/stack/queues/`, as the static host does; serving the page at the slash-less address
	// instead would resolve its relative links against the wrong folder.
	registerRoute(
		({ request, url }) =>
			request.mode === 'navigate' &&
			url.origin === self.location.origin &&
			!url.pathname.endsWith('/') &&
			precache.getCacheKeyForURL(`${url.pathname}/index.html`) !== undefined,
		async ({ url }) => Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301),
	);

	// Every saved file, cache first: `/stack/queues/` finds `stack/queues/index.html`.
	registerRoute(
		new PrecacheRoute(precache, {
			directoryIndex: 'index.html',
			ignoreURLParametersMatching: ignoredParameters,
			cleanURLs: false,
		}),
	);

	// Any other page: the network, and the saved 404 page (with search) when there is none.
	registerRoute(
		new NavigationRoute(new NetworkOnly({ plugins: [{ handlerDidError: ({ event }) => notFound(precache, event) }] })),
	);
}

/** The saved 404 page, through the precache strategy like every saved file (so it is checked before use). */
async function notFound(precache: PrecacheController, event: ExtendableEvent): Promise<Response | undefined> {
	const url = new URL(offlineFallback, self.location.href);
	const integrity = precache.getIntegrityForCacheKey(precache.getCacheKeyForURL(url.href) ?? '');
	const page = await precache
		.createHandlerBoundToURL(url.href)({ event, url, request: new Request(url), params: { integrity } })
		.catch(() => undefined);
	return page && new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}
