import type { Options } from 'rehype-external-links';

/**
 * Links that leave the site (Sources, fact sources, inline references) say so to every reader: a class that
 * draws an arrow for sighted readers (facts.css) and hidden words for screen readers. They stay plain links
 * in the same tab: nothing is loaded from their hosts until the reader follows one.
 * rehype-external-links does the walking; these are only its options.
 */
export const outsideLinks: Options = {
	rel: ['external'],
	properties: { className: ['outside-link'] },
	content: { type: 'text', value: ' (another site)' },
	contentProperties: { className: ['sr-only'] },
};
