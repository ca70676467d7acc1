import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export interface DistCopy {
	/** Makes the copy; give it to useSite as `root`. */
	root: () => string;
	dir: () => string;
	path: (file: string) => string;
	/** Replaces every file of the copy with those of another build: a new deploy to the same origin. */
	deploy: (build: string) => void;
}

/**
 * A throw-away copy of dist/ that a test may change (a new deploy, a missing file) while the same server
 * keeps serving it from the same origin, which is what service workers are scoped to. Removed after the file.
 */
export function useDistCopy(): DistCopy {
	let dir = '';
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	return {
		root: () => {
			dir = mkdtempSync(join(tmpdir(), 'backend-2026-dist-'));
			cpSync(join(process.cwd(), 'dist'), dir, { recursive: true });
			return dir;
		},
		dir: () => dir,
		path: (file) => join(dir, file),
		deploy: (build) => {
			rmSync(dir, { recursive: true, force: true });
			cpSync(build, dir, { recursive: true });
		},
	};
}

/** Replaces `from` with `to` in a file; fails loudly if the text is not there. */
export function editFile(file: string, from: string, to: string): void {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
	writeFileSync(file, text.replace(from, to));
}
