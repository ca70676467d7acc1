import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy, runBuild } from './project-copy.ts';

let copy: ProjectCopy | undefined;
afterAll(() => copy?.remove());

describe('a build that fails', () => {
	it('names the page file and line of a frontmatter mistake, and leaves no dist/ to deploy', async () => {
		copy = copyProject((root) => {
			const page = join(root, 'content/docs/stack/queues.mdx');
			// An unclosed quote on line 3: still open when the frontmatter ends, so the parser reports its last line.
			const lines = readFileSync(page, 'utf8').split('\n');
			lines.splice(2, 0, 'summary: "unclosed');
			writeFileSync(page, lines.join('\n'));
			// A previous build's output, which a deploy after this failed build must not find.
			mkdirSync(join(root, 'dist'));
			writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>old</title>');
		});
		const frontmatterEnd = readFileSync(join(copy.root, 'content/docs/stack/queues.mdx'), 'utf8')
			.split('\n')
			.indexOf('---', 1);
		const error = await runBuild(copy.root).then(
			() => undefined,
			(caught: Error) => caught,
		);
		expect(error?.message).toContain(
			`content/docs/stack/queues.mdx:${frontmatterEnd}: the frontmatter is not valid YAML: Missing closing "quote`,
		);
		expect(error?.message).toContain('Fix: correct the YAML');
		expect(error?.message).toContain('dist/ was removed: there is nothing to deploy');
		expect(existsSync(copy.dist)).toBe(false);
	});
});
