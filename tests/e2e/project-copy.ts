import { spawn } from 'node:child_process';
import {
	cpSync,
	linkSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

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
 * Copies the project's working tree into a folder under test-results/, lets `edit` change it, and runs
 * `npm run build` there: a second, clean build in another folder. node_modules/ is recreated with hard links
 * (instant, no extra space, and every package at the same place relative to the root, as in a fresh checkout),
 * without its cache folders (.astro, .vite, .astro-og-canvas…), so nothing is reused from dist/'s build.
 */
export async function buildProjectCopy(edit?: (root: string) => void): Promise<ProjectCopy> {
	const copy = copyProject(edit);
	try {
		await runBuild(copy.root);
	} catch (error) {
		copy.remove();
		throw error;
	}
	return copy;
}

/** The copy `buildProjectCopy` builds, without building it. */
export function copyProject(edit?: (root: string) => void): ProjectCopy {
	mkdirSync(join(project, 'test-results'), { recursive: true });
	const root = mkdtempSync(join(project, 'test-results', 'build-copy-'));
	const remove = () => rmSync(root, { recursive: true, force: true });
	try {
		for (const name of readdirSync(project)) {
			if (!skipped.has(name)) cpSync(join(project, name), join(root, name), { recursive: true });
		}
		linkPackages(join(project, 'node_modules'), join(root, 'node_modules'));
		edit?.(root);
	} catch (error) {
		remove();
		throw error;
	}
	return { root, dist: join(root, 'dist'), remove };
}

/** `npm run build` in `root`; rejects with the end of its output when it fails. */
export const runBuild = (root: string) => run('npm', ['run', 'build'], root);

/** `npm run <script>` in `root`; rejects with the end of its output when it fails. */
export const runScript = (root: string, script: string) => run('npm', ['run', script], root);

/** Hard-links every package file (symbolic links, as in node_modules/.bin, are recreated); skips dot folders. */
function linkPackages(from: string, to: string): void {
	const cache = /^\.(?!bin(\/|$)|package-lock\.json$)/;
	for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
		const source = join(entry.parentPath, entry.name);
		const path = relative(from, source);
		if (cache.test(path) || entry.isDirectory()) continue;
		const target = join(to, path);
		mkdirSync(dirname(target), { recursive: true });
		if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
		else linkSync(source, target);
	}
}

const vitestVariables = /^(NODE_ENV|TEST|VITEST.*|BASE_URL|MODE|DEV|PROD|SSR)$/;

function run(command: string, args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		// As from a shell: without the variables Vitest sets (NODE_ENV=test, MODE, DEV, SSR…), which Vite would
		// read as the build's mode and environment.
		const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestVariables.test(name)));
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
