import { existsSync, readFileSync } from 'node:fs';
import { slug } from 'github-slugger';
import type { Heading } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkHeadingIds } from './remark-heading-ids.ts';

/** A heading's text as the built page shows it: its text and inline code, without Markdown. */
function headingText(heading: Heading): string {
	let text = '';
	visit(heading, (node) => {
		if (node.type === 'text' || node.type === 'inlineCode') text += (node as { value: string }).value;
	});
	return text;
}

/**
 * The source line of each heading id in a page file, found the way the build makes the ids (a pinned id, or the slug
 * of the text as in rehype-heading-anchors.ts). The after-build checks only see HTML; this puts the line back
 * into their messages. Empty when the file is missing or is not valid MDX (the build has reported that already).
 */
export function headingLines(file: string): Map<string, number> {
	const lines = new Map<string, number>();
	if (!existsSync(file)) return lines;
	try {
		const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
		const tree = processor.runSync(processor.parse(readFileSync(file, 'utf8')), new VFile({ path: file }));
		visit(tree, 'heading', (heading: Heading) => {
			const pinned = heading.data?.hProperties?.id;
			const id = typeof pinned === 'string' ? pinned : slug(headingText(heading));
			const line = heading.position?.start.line;
			if (line !== undefined && !lines.has(id)) lines.set(id, line);
		});
	} catch {
		// Unreadable MDX: the message goes without a line.
	}
	return lines;
}
