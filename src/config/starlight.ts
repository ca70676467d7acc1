import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { sidebar } from './sidebar.ts';
import { siteDescription, siteTitle } from './site.ts';

/** Everything Starlight needs, kept out of astro.config.mjs so the config stays thin. */
export const starlightConfig: StarlightUserConfig = {
	title: siteTitle,
	description: siteDescription,
	logo: { src: './src/assets/logo.svg', alt: 'Backend 2026', replacesTitle: false },
	favicon: '/favicon.svg',
	sidebar,
	customCss: ['./src/styles/theme.css', './src/styles/diagrams.css'],
	lastUpdated: false,
	pagination: true,
	disable404Route: true,
	// Home is og:type website; the 404 page has no canonical and is noindex (see the file).
	routeMiddleware: './src/lib/seo/route-middleware.ts',
	tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
	components: {
		Head: './src/components/starlight/Head.astro',
		MarkdownContent: './src/components/starlight/MarkdownContent.astro',
	},
};
