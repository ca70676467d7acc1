import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy, runScript } from './project-copy.ts';

// `npm run diagrams` in a copy of the project, where a page's diagram has just been broken: the script must name
// the diagram and leave the cache as it was, because the entry the broken fence no longer matches is still the one
// every other checkout, and the fixed diagram, will need.
const cacheFolder = 'src/features/diagrams/cache';
const page = 'content/docs/stack/queues.mdx';
let copy: ProjectCopy | undefined;
afterAll(() => copy?.remove());

describe('npm run diagrams with an invalid diagram', () => {
	it('reports the file and line, and removes no cache entry', async () => {
		copy = copyProject((root) => {
			const path = join(root, page);
			const text = readFileSync(path, 'utf8');
			const fence = text.indexOf('```mermaid\n');
			expect(fence, `${page} has a diagram`).toBeGreaterThan(-1);
			// A dangling arrow after the first line of the diagram: Mermaid cannot parse it.
			const firstLineEnd = text.indexOf('\n', fence + '```mermaid\n'.length);
			writeFileSync(path, `${text.slice(0, firstLineEnd)}\n  Broken -->${text.slice(firstLineEnd)}`);
		});
		const before = readdirSync(join(copy.root, cacheFolder)).sort();
		const fenceLine = readFileSync(join(copy.root, page), 'utf8').split('\n').indexOf('```mermaid') + 1;

		const error = await runScript(copy.root, 'diagrams').then(
			() => undefined,
			(caught: Error) => caught,
		);

		expect(error?.message).toContain(`${page}:${fenceLine}: Mermaid cannot render this diagram`);
		expect(error?.message).toContain('No cache entry was removed');
		expect(readdirSync(join(copy.root, cacheFolder)).sort()).toEqual(before);
	});
});
