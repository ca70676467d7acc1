import type { OGImageOptions } from 'astro-og-canvas';
import type { CatalogPage } from '../../../lib/catalog.ts';
import { sections } from '../../../lib/sections.ts';
import type { CardAssets } from './assets.ts';

/**
 * The words on a page's card: its title and, in amber, where it sits (site › section). The home page's
 * title is the site's name, so its byline lists the sections instead.
 */
export function cardText(page: Pick<CatalogPage, 'title' | 'sectionLabel'>, siteTitle: string) {
	return {
		title: page.title,
		byline: page.sectionLabel
			? `${siteTitle}  ›  ${page.sectionLabel}`
			: sections.map((section) => section.label).join('  ·  '),
	};
}

/** What a card says, for `og:image:alt`: "Message queues and asynchronous processing (The stack, Backend 2026)". */
export function cardAlt(page: Pick<CatalogPage, 'title' | 'sectionLabel'>, siteTitle: string): string {
	return page.sectionLabel
		? `${page.title} (${page.sectionLabel}, ${siteTitle})`
		: `${page.title}: ${sections.map((section) => section.label).join(', ')}`;
}

/** astro-og-canvas options for one page, in the site's look: teal ground, white title, amber byline. */
export function cardOptions(
	page: Pick<CatalogPage, 'title' | 'sectionLabel'>,
	siteTitle: string,
	assets: CardAssets,
): OGImageOptions {
	const { title, byline } = cardText(page, siteTitle);
	return {
		title,
		description: byline,
		fonts: [assets.font],
		logo: { path: assets.logo, size: [112] },
		bgImage: { path: assets.background, fit: 'fill' },
		padding: 72,
		font: {
			title: { families: ['Inter'], weight: 'Bold', size: title.length > 48 ? 64 : 72, lineHeight: 1.15 },
			description: { families: ['Inter'], weight: 'Medium', size: 36, color: [251, 191, 36] },
		},
	};
}
