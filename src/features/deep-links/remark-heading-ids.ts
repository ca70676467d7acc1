import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { AuthorError, projectPath } from '../../lib/author-error.ts';
import { idPattern } from './heading-id.ts';

/** `{/* #id *\/}`: an MDX comment, so the MDX compiler accepts it and renders nothing. */
const mdxPin = /^\s*\/\*\s*#(\S+?)\s*\*\/\s*$/;
/** `{#id}` at the end of the text: the Markdown-only form (in MDX, braces start an expression). */
const textPin = /\s*\{#([^}\s]+)\}\s*$/;

/** The pinned id at the end of a heading, removed from its text, or undefined. */
function takePin(node: Heading): string | undefined {
	const last = node.children.at(-1) as { type: string; value?: string } | undefined;
	if (!last || typeof last.value !== 'string') return undefined;
	const match =
		last.type === 'mdxTextExpression'
			? last.value.match(mdxPin)
			: last.type === 'text'
				? last.value.match(textPin)
				: null;
	if (!match) return undefined;
	if (last.type === 'text') {
		last.value = last.value.slice(0, match.index);
		if (last.value === '') node.children.pop();
	} else {
		node.children.pop();
	}
	const before = node.children.at(-1);
	if (before?.type === 'text') (before as Text).value = before.value.trimEnd();
	return match[1];
}

/**
 * Lets an author pin a heading's id so rewording the heading never moves its anchor:
 * `## Delivery guarantees {/* #delivery *\/}` in MDX, `## Delivery guarantees {#delivery}` in Markdown.
 * The id goes to `data.hProperties.id`; rehype-heading-anchors keeps it and checks it is unique.
 */
export function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'heading', (node) => {
			const id = takePin(node);
			if (id === undefined) return;
			if (!idPattern.test(id)) {
				throw new AuthorError(
					projectPath(file.path),
					node.position?.start.line,
					`the pinned heading id "#${id}" is not a short lowercase id`,
					'use lowercase letters, digits and single hyphens, e.g. `{/* #delivery-guarantees */}`.',
				);
			}
			node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
		});
	};
}
