import { matchesGlob } from 'node:path';
import type { SiteFiles } from './links.ts';

/**
 * What the copy leaves out of dist/: files for machines and servers (Markdown copies, llms.txt, sitemaps, robots,
 * the manifest and its icons, the worker, host config, redirects), social cards, the archive itself, and the
 * Pagefind bundle and search vocabulary (the copy embeds those in `_portable/search-data.js`).
 */
export const leftOut = [
	'**/*.md',
	'llms*.txt',
	'sitemap*.xml',
	'robots.txt',
	'manifest.webmanifest',
	'icons/**',
	'sw.js',
	'_headers',
	'_redirects',
	'redirect-fragment.js',
	'og/**',
	'downloads/**',
	'404.html',
	'pagefind/**',
	'search-vocabulary.json',
];

/** Files of dist/ the copy may carry (`extra`: files it makes itself) and those that stay online. */
export function siteFiles(distFiles: string[], excluded: Set<string>, extra: Iterable<string>): SiteFiles {
	const copied = new Set(extra);
	const online = new Set<string>();
	for (const file of distFiles) {
		if (excluded.has(file) || leftOut.some((glob) => matchesGlob(file, glob))) online.add(file);
		else copied.add(file);
	}
	return { copied: (path) => copied.has(path), online: (path) => online.has(path) && !copied.has(path) };
}
