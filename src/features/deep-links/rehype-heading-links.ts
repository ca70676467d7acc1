import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { headingAliases } from './heading-id.ts';

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
 * plain links to every section. src/features/deep-links/CopyLink.astro makes it work; CSS hides it without JS.
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
				// The icon is drawn by src/features/deep-links/heading-links.css (a link, then a tick once copied).
				[
					h('span', { class: 'copy-link-icon', ariaHidden: 'true' }),
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
