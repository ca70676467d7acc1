import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteTitle } from '../../config/site.ts';
import { formatSize } from './build/archive.ts';
import { buildPortableCopy, publishCopy } from './build/copy.ts';

/**
 * Writes dist/downloads/backend-2026.zip, the portable copy (README.md), and its size into the download links.
 * Its `astro:build:done` must run after searchIndex() (the copy embeds dist/pagefind/) and before
 * offlineWorker() (the precache hashes the pages, which change when the size is written in).
 */
export function portableCopy(): AstroIntegration {
	let root = process.cwd();
	let site = 'https://backend2026.dev';
	return {
		name: 'backend-2026:portable-copy',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				if (config.site) site = config.site.replace(/\/$/, '');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const dist = fileURLToPath(dir);
				const copy = await buildPortableCopy(dist, root, site, siteTitle);
				const pages = await publishCopy(dist, copy);
				if (pages === 0)
					throw new Error(
						"No page carries the portable copy's download link (DownloadLink.astro): the home page and the footer should.",
					);
				logger.info(
					`Portable copy: ${copy.files.size} files, ${formatSize(copy.archive.length)} (edition ${copy.day}), linked from ${pages} pages, in ${Math.round(performance.now() - started)}ms.`,
				);
			},
		},
	};
}
