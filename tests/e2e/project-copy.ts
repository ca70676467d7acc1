import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const project = process.cwd();
/** Not copied: build output, caches, test output and history. A clean build starts without any of them. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);

export interface ProjectCopy {
	root: string;
	/** The copy's build output. */
	dist: string;
	remove(): void;
}

/**
 * Copies the project's working tree into a temporary folder, lets `edit` change it, and runs `npm run build` there:
 * a second, clean build (no Astro, Vite or social-card cache) in another folder. Packages are linked, not copied;
 * node_modules' cache folders (.astro, .vite, .astro-og-canvas…) are left out, so nothing is shared with dist/'s build.
 */
export async function buildProjectCopy(edit?: (root: string) => void): Promise<ProjectCopy> {
	const root = mkdtempSync(join(tmpdir(), 'backend-2026-build-'));
	const remove = () => rmSync(root, { recursive: true, force: true });
	try {
		cpSync(project, root, { recursive: true, filter: (source) => !skipped.has(relative(project, source)) });
		mkdirSync(join(root, 'node_modules'));
		for (const name of readdirSync(join(project, 'node_modules'))) {
			if (name.startsWith('.') && name !== '.bin') continue;
			symlinkSync(join(project, 'node_modules', name), join(root, 'node_modules', name));
		}
		edit?.(root);
		await run('npm', ['run', 'build'], root);
	} catch (error) {
		remove();
		throw error;
	}
	return { root, dist: join(root, 'dist'), remove };
}

function run(command: string, args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${output.slice(-4000)}`)),
		);
	});
}

const filesUnder = (dir: string) =>
	new Set(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(dir, join(entry.parentPath, entry.name))),
	);

/** Paths (relative, sorted) of the files that differ between two build folders, or exist in only one of them. */
export function differingFiles(a: string, b: string): string[] {
	const inA = filesUnder(a);
	const inB = filesUnder(b);
	const differing = new Set([...inA].filter((file) => !inB.has(file)));
	for (const file of inB) {
		if (!inA.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differing.add(file);
	}
	return [...differing].sort();
}
