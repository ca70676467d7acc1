// `npm run build`: `astro build`, and no dist/ at all when it fails. Astro empties dist/ first and writes pages
// before the steps that finish the site (search index, offline worker, link checks), so a failed build would
// leave pages without pagefind/ or sw.js that a careless deploy ships. Arguments are passed on to astro build.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroArgs } from './bench-core/build.ts';

const root = process.cwd();
const child = spawn(process.execPath, astroArgs(root, 'build', ...process.argv.slice(2)), {
	cwd: root,
	stdio: 'inherit',
});
child.on('close', (code, signal) => {
	if (code === 0) return;
	rmSync(join(root, 'dist'), { recursive: true, force: true });
	console.error(`\nThe build failed (${signal ?? `exit ${code}`}), so dist/ was removed: there is nothing to deploy.`);
	process.exit(code || 1);
});
