import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Everything a build leaves behind to speed up the next one (the diagram cache is source, so it stays). */
const caches = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

export function clearBuildCaches(root = process.cwd()): void {
	for (const path of caches) rmSync(join(root, path), { recursive: true, force: true });
}

/** Arguments for `process.execPath` that run the project's Astro CLI with this process's Node. */
export function astroArgs(root: string, ...args: string[]): string[] {
	const bin = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).bin.astro as string;
	return [join(root, 'node_modules/astro', bin), ...args];
}

/**
 * Runs `astro build` with this process's Node (the project's Node 24, never the system one) and
 * returns the wall-clock seconds. The build's output is shown only if it fails.
 */
export function timedBuild(root = process.cwd()): Promise<number> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, astroArgs(root, 'build'), { cwd: root });
		let output = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
		});
		child.stderr.on('data', (chunk) => {
			output += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve((performance.now() - started) / 1000);
			else reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
		});
	});
}
