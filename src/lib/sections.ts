/**
 * The site's sections in learning order: the one list the sidebar, the frontmatter schema, breadcrumbs, link
 * previews, /llms.txt, the 404 page and search's filters read. `id` is the folder under content/docs/ and the
 * frontmatter `section`; `label` is the sidebar's name; `short` is the name on search's filter chips.
 */
export const sections = [
	{ id: 'foundations', label: 'Foundations', short: 'Foundations' },
	{ id: 'languages', label: 'Languages', short: 'Languages' },
	{ id: 'stack', label: 'The stack', short: 'Stack' },
	{ id: 'data', label: 'Data in depth', short: 'Data' },
	{ id: 'apis', label: 'APIs and communication', short: 'APIs' },
	{ id: 'security', label: 'Security and identity', short: 'Security' },
	{ id: 'architecture', label: 'Architecture', short: 'Architecture' },
	{ id: 'design', label: 'Design and testing', short: 'Design' },
	{ id: 'operations', label: 'Operations and reliability', short: 'Operations' },
	{ id: 'ai', label: 'Building with AI', short: 'AI' },
	{ id: 'trends', label: 'Trends 2026', short: 'Trends' },
	{ id: 'career', label: 'Career path', short: 'Career' },
	{ id: 'glossary', label: 'Glossary', short: 'Glossary' },
] as const;

/** A section of the site as the sidebar shows it: `stack`, labelled "The stack". */
export type Section = (typeof sections)[number];
export type SectionId = Section['id'];

/** Section ids in learning order (`foundations`, `languages`, …). */
export const sectionIds = sections.map((section) => section.id);

/** "The stack" for `stack`; the home page and unknown ids have no section label. */
export function sectionLabel(id: string): string | undefined {
	return sections.find((section) => section.id === id)?.label;
}

/** Where a section is introduced: its heading in the home page's "Map of the site" (`/#stack`). */
export const sectionHref = (id: string) => `/#${id}`;

/**
 * Reading order, the sidebar's rule (src/config/sidebar.ts): section order, then `sidebar.order`, then id.
 * The home page comes first.
 */
export function compareReadingOrder(
	a: { id: string; order?: number | undefined },
	b: { id: string; order?: number | undefined },
): number {
	const rank = (id: string) => {
		if (id === 'index') return -1;
		const index = sections.findIndex((section) => section.id === id.split('/')[0]);
		return index === -1 ? sections.length : index;
	};
	const order = (page: { order?: number | undefined }) => page.order ?? Number.MAX_SAFE_INTEGER;
	return rank(a.id) - rank(b.id) || order(a) - order(b) || a.id.localeCompare(b.id);
}
