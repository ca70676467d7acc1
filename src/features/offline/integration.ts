import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateServiceWorker } from './build/generate.ts';

/**
 * Writes dist/sw.js, the worker that saves the whole site for offline reading. Its `astro:build:done` must run
 * after Starlight's, which writes the Pagefind index the worker saves too: list it after starlight(...).
 */
export function offlineWorker(): AstroIntegration {
	return {
		name: 'backend-2026:offline-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const worker = await generateServiceWorker(fileURLToPath(dir));
				const mib = (worker.size / 1024 / 1024).toFixed(2);
				logger.info(
					`sw.js saves ${worker.count} files (${mib} MiB) as deploy ${worker.version} in ${Math.round(performance.now() - started)}ms.`,
				);
			},
		},
	};
}
