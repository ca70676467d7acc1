import type { Element } from 'hast';

/** What a pinned heading id or an anchor alias may look like: short, lowercase, hyphenated. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Ids the layout puts on every page outside `starlight__*`: Starlight's theme icons and the search dialog's results
 * (src/components/starlight/Search.astro). tests/e2e/permalinks.test.ts keeps this list complete, and the build
 * refuses any heading id another element of its page also has (permalinks.ts, `checkBuiltAnchors`).
 */
export const siteElementIds = ['theme-icons', 'search-results'];

/** Ids the page's layout already uses (`_top` is the title, `starlight__*` Starlight's chrome, then the site's). */
export const isReservedId = (id: string) =>
	id === '_top' || id.startsWith('starlight__') || siteElementIds.includes(id);

export const pinHint =
	'pin a stable id at the end of the heading: `## Heading text {/* #short-id */}` (in .md: `{#short-id}`)';

/**
 * Old ids that must keep landing on a heading (from `anchorAliases`), handed from
 * rehype-heading-anchors to rehype-heading-links. Keyed by the heading node of the page being built.
 */
export const headingAliases = new WeakMap<Element, string[]>();
