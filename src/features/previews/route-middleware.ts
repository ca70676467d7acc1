import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Corrects two of Starlight's head defaults, which no frontmatter can remove (src/features/previews/SeoHead.astro
 * adds the rest): the home page is a website, not an article; and the 404 page, served at whatever address was
 * missing, must not claim the canonical URL `/404/` (no such page exists) and must stay out of search indexes.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// Starlight names the home route '' (the collection calls it 'index').
	if (route.entry.id === '') {
		for (const tag of route.head) {
			if (tag.attrs?.property === 'og:type') tag.attrs.content = 'website';
		}
	}
	// By route, not by URL: the dev server renders 404.astro at the missing address itself.
	if (context.routePattern === '/404') {
		route.head = route.head.filter((tag) => tag.attrs?.rel !== 'canonical' && tag.attrs?.property !== 'og:url');
		route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' });
	}
});
