import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from '../../lib/files.ts';
import { codeToken } from './remark-facts.ts';

const componentUse = /<Fact\s+id=["']([^"']+)["']/g;

/** Which pages use which fact ids, read from the page sources: `{ 'java-lts': ['content/docs/languages/java.mdx'] }`. */
export function factUsage(root = process.cwd()): Map<string, string[]> {
	const usage = new Map<string, string[]>();
	for (const path of filesUnder(root, 'content/docs/**/*.{md,mdx}')) {
		const file = relative(root, path);
		const source = readFileSync(path, 'utf8');
		const ids = new Set(
			[...source.matchAll(componentUse), ...source.matchAll(codeToken)].map((match) => match[1] as string),
		);
		for (const id of ids) usage.set(id, [...(usage.get(id) ?? []), file]);
	}
	return usage;
}
