import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { sidebar } from './sidebar.ts';

/** Everything Starlight needs, kept out of astro.config.mjs so the config stays thin. */
export const starlightConfig: StarlightUserConfig = {
	title: 'Backend 2026',
	description:
		'Backend development as it stands in 2026: foundations, languages, the stack, architecture, trends and a learning path.',
	// The title text sits next to the logo, so the image is decorative (axe: image-redundant-alt).
	logo: { src: './src/assets/logo.svg', alt: '', replacesTitle: false },
	favicon: '/favicon.svg',
	sidebar,
	customCss: ['./src/styles/theme.css', './src/styles/diagrams.css', './src/styles/print.css'],
	lastUpdated: false,
	pagination: true,
	disable404Route: true,
	// Long code lines wrap instead of scrolling: no keyboard-unreachable scroll areas, nothing to
	// swipe sideways on a phone. Expressive Code keeps the indentation of wrapped lines.
	expressiveCode: { defaultProps: { wrap: true } },
	tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
	components: {
		Head: './src/components/starlight/Head.astro',
		MarkdownContent: './src/components/starlight/MarkdownContent.astro',
	},
};
