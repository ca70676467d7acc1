import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { sidebar } from './sidebar.ts';

/** Everything Starlight needs, kept out of astro.config.mjs so the config stays thin. */
export const starlightConfig: StarlightUserConfig = {
	title: 'Backend 2026',
	description:
		'Backend development as it stands in 2026: foundations, languages, the stack, architecture, trends and a learning path.',
	logo: { src: './src/assets/logo.svg', alt: 'Backend 2026', replacesTitle: false },
	favicon: '/favicon.svg',
	sidebar,
	customCss: ['@fontsource-variable/inter/wght.css', './src/styles/theme.css', './src/styles/diagrams.css'],
	lastUpdated: false,
	pagination: true,
	disable404Route: true,
	tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
	components: {
		Head: './src/components/starlight/Head.astro',
		Footer: './src/components/starlight/Footer.astro',
		MarkdownContent: './src/components/starlight/MarkdownContent.astro',
	},
};
