import type { Element } from 'hast';

/** What a pinned heading id or an anchor alias may look like: short, lowercase, hyphenated. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids Starlight already uses on every page (`_top` is the title, `starlight__*` the page chrome). */
export const isReservedId = (id: string) => id === '_top' || id.startsWith('starlight__');

export const pinHint =
	'pin a stable id at the end of the heading: `## Heading text {/* #short-id */}` (in .md: `{#short-id}`)';

/**
 * Old ids that must keep landing on a heading (from `anchorAliases`), handed from
 * rehype-heading-anchors to rehype-heading-links. Keyed by the heading node of the page being built.
 */
export const headingAliases = new WeakMap<Element, string[]>();
