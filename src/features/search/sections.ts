import type { z } from 'astro/zod';
import type { topicFields } from '../../schemas/topic.ts';

type Section = Exclude<z.infer<typeof topicFields>['section'], 'home'>;

/**
 * The search filter's sections, in learning order, with the label the index stores and the
 * reader sees: short chip names (Stack, Trends), where the sidebar says "The stack", "Trends 2026"
 * (src/config/sections.ts; a unit test keeps the two in step). Typed against the frontmatter schema.
 */
export const sectionLabels: Record<Section, string> = {
	foundations: 'Foundations',
	languages: 'Languages',
	stack: 'Stack',
	data: 'Data',
	security: 'Security',
	architecture: 'Architecture',
	trends: 'Trends',
	career: 'Career',
	glossary: 'Glossary',
};

export const sectionIds = Object.keys(sectionLabels) as Section[];

export const isSection = (value: string | null | undefined): value is Section =>
	typeof value === 'string' && Object.hasOwn(sectionLabels, value);

/** The section id of a filter label as the index stores it ("Stack" → "stack"). */
export const sectionIdOf = (label: string | undefined): Section | undefined =>
	sectionIds.find((id) => sectionLabels[id] === label);
