import { sectionHref, sectionLabel } from './sections.ts';

/** One step of a breadcrumb trail; `href` is site-relative (make it absolute with `new URL(href, site)`). */
export interface Crumb {
	name: string;
	href: string;
}

/** The parts of a page the trail is built from (all in `Astro.locals.starlightRoute.entry`). */
export interface TrailPage {
	id: string;
	title: string;
	section: string;
}

/**
 * Home › Section › Page, for the visible breadcrumbs and for JSON-LD `BreadcrumbList` (link previews
 * reuse this). A section has no page of its own, so its step links to the section on the home page's
 * map (`/#stack`); its name is the sidebar group's label. Empty for the home page; Home › Page for the topic map.
 */
export function breadcrumbTrail(page: TrailPage): Crumb[] {
	if (page.id === 'index') return [];
	const home = { name: 'Home', href: '/' };
	const self = { name: page.title, href: `/${page.id}/` };
	// A section's own index page (glossary/index.mdx → /glossary/) is the section; the topic map belongs to none.
	if (page.id === page.section || page.section === 'home') return [home, self];
	return [home, { name: sectionLabel(page.section) ?? page.section, href: sectionHref(page.section) }, self];
}
