import { sectionGroups } from '../config/sections.ts';

/** A section of the site as the sidebar shows it: `stack`, labelled "The stack". */
export interface Section {
	id: string;
	label: string;
}

/** Sections in learning order, with the labels readers see in the sidebar. */
export const sections: Section[] = sectionGroups.map(([label, id]) => ({ id, label }));

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
