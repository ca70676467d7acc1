import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeToken } from './remark-facts.ts';

const componentUse = /<Fact\s+id=["']([^"']+)["']/g;

/** Which pages use which fact ids, read from the page sources: `{ 'java-lts': ['content/docs/languages/java.mdx'] }`. */
export function factUsage(root = process.cwd()): Map<string, string[]> {
	const usage = new Map<string, string[]>();
	for (const file of globSync('content/docs/**/*.{md,mdx}', { cwd: root }).sort()) {
		const source = readFileSync(join(root, file), 'utf8');
		const ids = new Set(
			[...source.matchAll(componentUse), ...source.matchAll(codeToken)].map((match) => match[1] as string),
		);
		for (const id of ids) usage.set(id, [...(usage.get(id) ?? []), file]);
	}
	return usage;
}
