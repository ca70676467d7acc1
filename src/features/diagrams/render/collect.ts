import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Code } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { filesUnder } from '../../../lib/files.ts';

export interface Fence {
	file: string;
	line: number;
	code: string;
}

const contentRoot = join(process.cwd(), 'content');

/** Every ```mermaid fence in content/, parsed the way MDX parses it so the code matches the build's byte for byte. */
export function collectFences(root = contentRoot): Fence[] {
	const parser = unified().use(remarkParse).use(remarkMdx);
	return filesUnder(root, '**/*.{md,mdx}').flatMap((path) => {
		const fences: Fence[] = [];
		const file = relative(process.cwd(), path);
		const tree = parser.parse(readFileSync(path, 'utf8'));
		visit(tree, 'code', (node: Code) => {
			if (node.lang === 'mermaid') fences.push({ file, line: node.position?.start.line ?? 0, code: node.value });
		});
		return fences;
	});
}
