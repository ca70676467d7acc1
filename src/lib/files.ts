import { globSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one file walker: files under `dir` matching a glob (`**\/*.html`, `**\/*.{md,mdx}`), as absolute paths in
 * a stable order. Node's own `fs.globSync` (no dependency); like most globs it skips dot-files and dot-folders.
 */
export function filesUnder(dir: string, pattern: string, exclude: string[] = []): string[] {
	return globSync(pattern, { cwd: dir, exclude })
		.map((path) => join(dir, path))
		.sort();
}
