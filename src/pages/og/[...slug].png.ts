import { OGImageRoute } from 'astro-og-canvas';
import { siteTitle } from '../../config/site.ts';
import { cardAssets } from '../../features/previews/og/assets.ts';
import { cardOptions } from '../../features/previews/og/card.ts';
import { catalog } from '../../lib/catalog.ts';

// One 1200×630 PNG per page at /og/<page id>.png (the home page's is /og/index.png), rendered at build time.
const pages = Object.fromEntries((await catalog()).map((page) => [page.id, page]));
const assets = await cardAssets();

export const { getStaticPaths, GET } = await OGImageRoute({
	pages,
	// The route file ends in .png.ts so the address keeps its extension and no trailing slash (trailingSlash: always).
	getSlug: (id) => id,
	getImageOptions: (_id, page) => cardOptions(page, siteTitle, assets),
});
