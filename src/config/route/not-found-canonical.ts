import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * The not-found page is served at every missing address, so it has no address of its own to call
 * canonical; Starlight gives it https://…/404/, which does not exist (the file is 404.html) and
 * which the crawl of dist/ reports as a broken link. Drop its canonical link and og:url.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	if (route.entry.id !== '404') return;
	route.head = route.head.filter(
		({ tag, attrs }) =>
			!(tag === 'link' && attrs?.rel === 'canonical') && !(tag === 'meta' && attrs?.property === 'og:url'),
	);
});
