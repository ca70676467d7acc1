import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from '../../../lib/files.ts';
import { redirects } from '../../deep-links/redirects.ts';
import { formatSize, zipCopy } from './archive.ts';
import { editionDay, editionLine } from './edition.ts';
import { resolveAddress } from './links.ts';
import { type PageOutput, rewritePage } from './page.ts';
import { archiveFile } from './paths.ts';
import { PortableBuildError } from './portable-build-error.ts';
import { classicPagefind, classicPageScripts } from './scripts.ts';
import { searchData } from './search-data.ts';
import { siteFiles } from './site-files.ts';

export interface PortableCopy {
	files: Map<string, Uint8Array>;
	archive: Uint8Array;
	day: string;
}

const runtime = new URL('../page/runtime.ts', import.meta.url).pathname;
/** Files the copy makes itself, next to what it takes from dist/. */
const generated = [
	'_portable/runtime.js',
	'_portable/search-data.js',
	'pagefind/pagefind.js',
	'pagefind/pagefind-highlight.js',
	'pagefind/pagefind-component-ui.js',
	'pagefind/pagefind-component-ui.css',
];

/** CSS `url(…)`: stylesheets are not HTML, and their one kind of address is this. */
const cssUrl = /url\(\s*(["']?)([^"')]+)\1\s*\)/g;

/**
 * Builds the portable copy of the finished site in dist/ (pages, styles, fonts, images, classic scripts and the
 * embedded search), in memory, and returns it with its ZIP. Stops naming every page and link it cannot resolve.
 */
export async function buildPortableCopy(
	dist: string,
	root: string,
	site: string,
	title: string,
): Promise<PortableCopy> {
	const day = editionDay(root);
	const edition = editionLine(title, day);
	const distFiles = filesUnder(dist, '**/*')
		.filter((path) => statSync(path).isFile())
		.map((path) => relative(dist, path).split('\\').join('/'));
	// Astro's forwarding pages for old addresses (deep-links/redirects.ts): the copy links to the pages themselves.
	const redirectPages = new Set(Object.keys(redirects).map((address) => `${address.slice(1)}index.html`));
	const files = siteFiles(distFiles, redirectPages, generated);
	const pages = distFiles.filter((file) => file.endsWith('.html') && files.copied(file));

	const out = new Map<string, Uint8Array>();
	const problems: string[] = [];
	const used = new Set<string>();
	const scriptSets: string[][] = [];
	let droppedWorker = false;
	for (const path of pages) {
		const page: PageOutput = rewritePage({ path, html: readFileSync(join(dist, path), 'utf8'), files, site, edition });
		for (const link of page.missing) problems.push(`${path}: ${link}`);
		for (const file of page.uses) used.add(file);
		if (page.moduleScripts.length > 0) scriptSets.push(page.moduleScripts);
		droppedWorker ||= page.droppedWorker;
		out.set(path, Buffer.from(page.html));
	}
	if (!droppedWorker)
		problems.push(
			'no page loads the offline worker registration (OfflineHead.astro): update workerRegistration in src/features/portable/build/page.ts',
		);

	const made = await classicPagefind(dist, runtime);
	made.set('_portable/search-data.js', searchData(dist));
	const scripts = await classicPageScripts(dist, scriptSets);
	for (const [path, bytes] of [...made, ...scripts]) out.set(path, bytes);

	// Everything else the pages use, with the addresses inside stylesheets made relative too.
	const pending = [...used].filter((file) => !out.has(file));
	while (pending.length > 0) {
		const file = pending.pop() as string;
		if (out.has(file)) continue;
		if (!file.endsWith('.css')) {
			out.set(file, readFileSync(join(dist, file)));
			continue;
		}
		const css = readFileSync(join(dist, file), 'utf8').replace(cssUrl, (whole, quote: string, address: string) => {
			const resolution = resolveAddress(address, file, files, site);
			if (resolution.kind === 'keep') return whole;
			if (resolution.kind !== 'local') {
				problems.push(`${file}: ${address}`);
				return whole;
			}
			if (!out.has(resolution.file)) pending.push(resolution.file);
			return `url(${quote}${resolution.href}${quote})`;
		});
		out.set(file, Buffer.from(css));
	}
	if (problems.length > 0) throw new PortableBuildError(problems);
	return { files: out, archive: zipCopy(out, day), day };
}

/** The placeholder the download links carry until the archive exists (DownloadLink.astro). */
export const sizePlaceholder = '<span data-portable-size>ZIP</span>';

/** Writes the archive into dist/ and its size into every page's download link. */
export async function publishCopy(dist: string, copy: PortableCopy): Promise<number> {
	const target = join(dist, archiveFile);
	await mkdir(dirname(target), { recursive: true });
	await writeFile(target, copy.archive);
	const filled = sizePlaceholder.replace('ZIP', `ZIP, ${formatSize(copy.archive.length)}`);
	let pages = 0;
	await Promise.all(
		filesUnder(dist, '**/*.html').map(async (path) => {
			const html = await readFile(path, 'utf8');
			if (!html.includes(sizePlaceholder)) return;
			pages++;
			await writeFile(path, html.replaceAll(sizePlaceholder, filled));
		}),
	);
	return pages;
}
