import { type SectionId, sections } from '../../lib/sections.ts';

/**
 * Search's view of the site's one section list (src/lib/sections.ts): the index stores a page's section by its
 * short name, the label on the filter chips ("Stack", where the sidebar says "The stack").
 */
export const sectionLabels = Object.fromEntries(sections.map(({ id, short }) => [id, short])) as Record<
	SectionId,
	string
>;

export const isSection = (value: string | null | undefined): value is SectionId =>
	typeof value === 'string' && sections.some((section) => section.id === value);

/** The section id of a filter label as the index stores it ("Stack" → "stack"). */
export const sectionIdOf = (label: string | undefined): SectionId | undefined =>
	sections.find((section) => section.short === label)?.id;
