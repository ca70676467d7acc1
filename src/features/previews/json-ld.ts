/** What the structured data needs to know about a page; absolute URLs throughout. */
export interface LinkedDataPage {
	title: string;
	description: string;
	url: string;
	image: string;
	/** Section label ("The stack") and where the section is introduced; absent on the home page. */
	section?: { label: string; url: string } | undefined;
	tags: string[];
	reviewed: Date;
	lang: string;
}

export interface LinkedDataSite {
	name: string;
	description: string;
	url: string;
}

type Thing = Record<string, unknown>;

const organization = (site: LinkedDataSite): Thing => ({ '@type': 'Organization', name: site.name, url: site.url });

/** The article itself: Google reads headline, image and dateModified; other tools read the rest. */
export function techArticle(page: LinkedDataPage, site: LinkedDataSite): Thing {
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: page.title,
		description: page.description,
		url: page.url,
		mainEntityOfPage: page.url,
		image: page.image,
		inLanguage: page.lang,
		dateModified: page.reviewed.toISOString().slice(0, 10),
		...(page.section ? { articleSection: page.section.label } : {}),
		...(page.tags.length > 0 ? { keywords: page.tags.join(', ') } : {}),
		author: organization(site),
		publisher: organization(site),
		isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
	};
}

/**
 * The trail a search result shows instead of the bare URL: the page's visible breadcrumbs
 * (src/lib/breadcrumbs.ts, Home › Section › Page), with absolute URLs.
 */
export function breadcrumbList(trail: { name: string; url: string }[]): Thing {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: crumb.url,
		})),
	};
}

/** The home page describes the site rather than an article. */
export function webSite(site: LinkedDataSite, lang: string): Thing {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		description: site.description,
		url: site.url,
		inLanguage: lang,
		publisher: organization(site),
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export function serializeJsonLd(data: Thing): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
