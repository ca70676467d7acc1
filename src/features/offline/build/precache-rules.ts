import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../../lib/files.ts';

/**
 * What the offline worker saves: every page and everything a page loads (styles, scripts, fonts, images, JSON data
 * such as a search vocabulary, the manifest and its icons) plus the whole Pagefind bundle. Sitemaps, llms.txt,
 * Markdown copies and other machine files are left out; a reader's browser never asks for them.
 */
export const precacheGlobs = [
	'**/*.{html,css,js,mjs,json,woff2,woff,ttf,otf,svg,png,jpg,jpeg,webp,avif,gif,ico,webmanifest}',
	'pagefind/**/*',
];

/**
 * Social cards (link-preview images) are only fetched by other sites' crawlers, never by a reader's page, and
 * there is one per page: saving them would waste the reader's storage. Matched generously by path, since the
 * feature that adds them chooses its own folder; `socialCardFiles` also catches any file a page names in
 * `og:image` / `twitter:image`, wherever it lives.
 */
export const socialCardGlobs = [
	'**/og/**',
	'**/og-*',
	'**/og.*',
	'**/*-og.*',
	'**/*.og.*',
	'**/*_og.*',
	'**/open-graph/**',
	'**/opengraph/**',
	'**/og-images/**',
	'**/social/**',
	'**/social-cards/**',
	'**/social-card*',
	'**/*-social.*',
	'**/twitter-card*',
];

/** Never saved: the worker itself (the browser keeps it). 404.html is saved: it is the offline fallback. */
export const alwaysIgnored = ['sw.js'];

/** Pagefind's optional UI bundles; saved only when a built file refers to them (Starlight bundles its own UI). */
const pagefindUiFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** Paths (relative to dist/) of the images pages name as their social card in `og:image` or `twitter:image`. */
export function socialCardFiles(dist: string): string[] {
	const found = new Set<string>();
	for (const file of filesUnder(dist, '**/*.html')) {
		for (const tag of readFileSync(file, 'utf8').match(/<meta\b[^>]*>/gi) ?? []) {
			const key = attribute(tag, 'property') ?? attribute(tag, 'name');
			const content = attribute(tag, 'content');
			if (!key || !content || !/^(og:image(:url|:secure_url)?|twitter:image(:src)?)$/i.test(key)) continue;
			// Absolute URLs point at the public origin (SITE_URL), not at this build: keep the path only.
			const path = decodeURIComponent(new URL(content, 'https://site.invalid/').pathname).replace(/^\//, '');
			if (path) found.add(path);
		}
	}
	return [...found].sort();
}

function attribute(tag: string, name: string): string | undefined {
	const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Pagefind UI files no built page, script or style refers to (relative to dist/). */
export function unusedPagefindUi(dist: string): string[] {
	const ownFiles = new Set(pagefindUiFiles.map((name) => join(dist, 'pagefind', name)));
	const sources = filesUnder(dist, '**/*.{html,js,mjs,css}').filter((file) => !ownFiles.has(file));
	const text = sources.map((file) => readFileSync(file, 'utf8'));
	return pagefindUiFiles
		.filter((name) => !text.some((content) => content.includes(name)))
		.map((name) => `pagefind/${name}`);
}

/** Everything `globIgnores` needs for this build. */
export function precacheIgnores(dist: string): string[] {
	return [...alwaysIgnored, ...socialCardGlobs, ...socialCardFiles(dist), ...unusedPagefindUi(dist)];
}
