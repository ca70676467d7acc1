import { slug } from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { AuthorError, projectPath } from '../../lib/author-error.ts';
import { headingAliases, idPattern, isReservedId, pinHint } from './heading-id.ts';

const headingTag = /^h[1-6]$/;

/** `anchorAliases` from the page's frontmatter (old id → current heading id); the schema checks its shape too. */
function aliasesOf(file: VFile): [string, string][] {
	const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
	const aliases = frontmatter?.anchorAliases;
	if (!aliases || typeof aliases !== 'object') return [];
	return Object.entries(aliases as Record<string, unknown>).map(([from, to]) => [from, String(to)]);
}

/**
 * Gives every heading an id (its pinned id, or the slug of its text the way Astro makes them),
 * fails the build on two headings with one id (an anchor that silently became `-1` is not stable),
 * and attaches `anchorAliases` to their headings so rehype-heading-links can render the old ids.
 */
export function rehypeHeadingAnchors() {
	return (tree: Root, file: VFile) => {
		const path = projectPath(file.path);
		const headings: Element[] = [];
		visit(tree, 'element', (node) => {
			if (headingTag.test(node.tagName)) headings.push(node);
		});
		if (headings.length === 0 && aliasesOf(file).length === 0) return;

		const lines = new Map<string, number | undefined>();
		for (const heading of headings) {
			const line = heading.position?.start.line;
			const pinned = typeof heading.properties.id === 'string' ? heading.properties.id : undefined;
			const id = pinned ?? slug(textOf(heading));
			if (id === '') {
				throw new AuthorError(path, line, 'this heading has no text to make an anchor id from', `${pinHint}.`);
			}
			if (isReservedId(id)) {
				throw new AuthorError(
					path,
					line,
					`the heading id "#${id}" is already the id of an element of the page's layout, so #${id} would not land on this heading`,
					`reword the heading or ${pinHint}.`,
				);
			}
			if (lines.has(id)) {
				throw new AuthorError(
					path,
					line,
					`two headings on this page have the id "#${id}" (the other is on line ${lines.get(id) ?? '?'})`,
					pinned ? `pin a different id on one of them.` : `reword one of them, or ${pinHint}.`,
				);
			}
			lines.set(id, line);
			heading.properties.id = id;
		}

		for (const [from, to] of aliasesOf(file)) {
			const where = `anchorAliases: { ${from}: ${to} } in the frontmatter`;
			if (!idPattern.test(from)) {
				throw new AuthorError(
					path,
					undefined,
					`${where}: "${from}" is not a lowercase id`,
					'write the old anchor without "#", e.g. `old-heading: new-heading`.',
				);
			}
			if (lines.has(from)) {
				throw new AuthorError(
					path,
					lines.get(from),
					`${where}: a heading on this page still has the id "#${from}"`,
					'remove the alias; the heading already answers to that anchor.',
				);
			}
			const target = headings.find((heading) => heading.properties.id === to);
			if (!target) {
				throw new AuthorError(
					path,
					undefined,
					`${where}: no heading on this page has the id "#${to}"`,
					`point the alias at one of: ${[...lines.keys()].map((id) => `#${id}`).join(', ')}.`,
				);
			}
			headingAliases.set(target, [...(headingAliases.get(target) ?? []), from]);
		}
	};
}
