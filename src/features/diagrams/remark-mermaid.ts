import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { AuthorError, projectPath } from '../../lib/author-error.ts';
import { diagramKey, readCached } from './cache.ts';
import { diagramFigure } from './figure.ts';
import { readDiagramSource } from './source.ts';

/**
 * Replaces every ```mermaid fence with a pre-rendered figure from the committed cache.
 * Rendering needs a browser, so it happens in `npm run diagrams`, never during the build.
 */
export function remarkMermaid() {
	return (tree: Root, file: VFile) => {
		const fences: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
		visit(tree, 'code', (node, index, parent) => {
			if (node.lang === 'mermaid' && parent && index !== undefined) fences.push({ node, index, parent });
		});
		if (fences.length === 0) return;

		const seen = new Map<string, number>();
		for (const { node, index, parent } of fences) {
			const path = projectPath(file.path);
			const line = node.position?.start.line;
			const source = readDiagramSource(node.value, path, line);
			const key = diagramKey(node.value);
			const cached = readCached(key);
			if (!cached) {
				throw new AuthorError(
					path,
					line,
					'this mermaid diagram has no rendered SVG in src/features/diagrams/cache/',
					'run `npm run diagrams` to render it, then commit the new cache file.',
				);
			}
			const count = (seen.get(key) ?? 0) + 1;
			seen.set(key, count);
			const figure = diagramFigure(source, cached, key, count > 1 ? `-${count}` : '');
			parent.children[index] = {
				type: 'paragraph',
				children: [],
				data: { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children },
			};
		}
	};
}
