import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { h, s } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { headingAliases } from './heading-id.ts';

/** Starlight's `link-alt` and `approve-check` icons (MIT), drawn inline so no request is made. */
const linkIcon =
	'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 1 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 0 0-1.42-1.42m8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 1 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l3.88-3.89a4.49 4.49 0 0 0 0-6.33M8.83 15.17a1 1 0 0 0 .71.29 1 1 0 0 0 .71-.29l4.92-4.92a1 1 0 1 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42';
const checkIcon =
	'M18.71 7.21a1 1 0 0 0-1.42 0l-7.45 7.46-3.13-3.14A1.02 1.02 0 1 0 5.29 13l3.84 3.84a1.001 1.001 0 0 0 1.42 0l8.16-8.16a1 1 0 0 0 0-1.47Z';
const icon = (className: string, d: string) =>
	s(
		'svg',
		{ class: className, width: 16, height: 16, viewBox: '0 0 24 24', fill: 'currentColor', ariaHidden: 'true' },
		[s('path', { d })],
	);

/**
 * Empty elements carrying old ids, so `#old-id` still lands on the renamed heading without a script;
 * `data-anchor-alias` names the current id so CopyLink.astro can tidy the address bar.
 */
const aliasTargets = (heading: Element): ElementContent[] =>
	(headingAliases.get(heading) ?? []).map((id) =>
		h('span', { id, class: 'anchor-alias', dataAnchorAlias: String(heading.properties.id) }),
	);

/**
 * Replaces Starlight's heading anchor links (its rehype-heading-links, switched off with
 * `markdown.headingLinks: false`) with a "Copy link to this section" button on every H2 and H3.
 * The button is a real <button>: copying is an action, and the table of contents already offers
 * plain links to every section. src/components/CopyLink.astro makes it work; CSS hides it without JS.
 */
export function rehypeHeadingLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (!parent || index === undefined || typeof node.properties.id !== 'string') return;
			if (node.tagName !== 'h2' && node.tagName !== 'h3') {
				const targets = aliasTargets(node);
				if (targets.length === 0) return;
				parent.children.splice(index, 0, ...targets);
				return index + 1 + targets.length;
			}
			const title = textOf(node).trim();
			const button = h(
				'button',
				{ type: 'button', class: 'copy-link', dataCopyLink: node.properties.id, dataPagefindIgnore: '' },
				[
					icon('copy-link-icon', linkIcon),
					icon('copy-link-done', checkIcon),
					h('span', { class: 'sr-only' }, `Copy link to this section: ${title}`),
				],
			);
			parent.children[index] = h('div', { class: `heading-wrapper level-${node.tagName}` }, [
				...aliasTargets(node),
				node,
				button,
			]);
			return SKIP;
		});
	};
}
