/// <reference lib="webworker" />
import { type PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

/** The page shown for an address that is not saved while the network is down (src/pages/offline.astro). */
export const offlinePage = 'offline/index.html';

/** Query parameters that never change a file: tracking tags, and the `ts` Pagefind adds to pagefind-entry.json. */
const ignoredParameters = [/^utm_/, /^fbclid$/, /^ts$/];

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

	// Any other page: the network, and the offline page (with search) when there is none.
	registerRoute(
		new NavigationRoute(
			new NetworkOnly({
				plugins: [
					{ handlerDidError: async () => precache.matchPrecache(new URL(offlinePage, self.location.href).href) },
				],
			}),
		),
	);
}
