import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { linkValidation } from '../features/deep-links/link-validation.ts';
import { expressiveCode } from './expressive-code.ts';
import { sidebar } from './sidebar.ts';
import { siteDescription, siteTitle } from './site.ts';

/** Everything Starlight needs, kept out of astro.config.mjs so the config stays thin. */
export const starlightConfig: StarlightUserConfig = {
	title: siteTitle,
	description: siteDescription,
	// The title text sits next to the logo, so the image is decorative (axe: image-redundant-alt).
	logo: { src: './src/assets/logo.svg', alt: '', replacesTitle: false },
	favicon: '/favicon.svg',
	sidebar,
	customCss: [
		'./src/styles/theme.css',
		'./src/features/diagrams/diagrams.css',
		'./src/features/deep-links/heading-links.css',
		'./src/features/facts/facts.css',
		'./src/features/learning/learning.css',
		'./src/styles/print.css',
	],
	lastUpdated: false,
	pagination: true,
	disable404Route: true,
	// Home is og:type website; the 404 page has no canonical and is noindex (see the file).
	routeMiddleware: './src/features/previews/route-middleware.ts',
	expressiveCode,
	tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
	// Our rehype-heading-links renders the heading controls (a copy-link button); Starlight's own would
	// wrap the headings a second time as soon as content/docs became a processed directory.
	markdown: { headingLinks: false },
	plugins: [...linkValidation],
	// Our own integration builds the index with settings Starlight cannot pass (integrations/search-index.ts).
	pagefind: false,
	components: {
		Head: './src/components/starlight/Head.astro',
		Footer: './src/components/starlight/Footer.astro',
		MarkdownContent: './src/components/starlight/MarkdownContent.astro',
		PageTitle: './src/components/starlight/PageTitle.astro',
		Pagination: './src/components/starlight/Pagination.astro',
		Search: './src/components/starlight/Search.astro',
	},
};
