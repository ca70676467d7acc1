import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getManifest, type ManifestEntry, type ManifestTransform } from 'workbox-build';
import { bundleWorker } from './bundle-worker.ts';
import { OfflineBuildError } from './offline-build-error.ts';
import { precacheGlobs, precacheIgnores } from './precache-rules.ts';

export interface GeneratedWorker {
	/** Hash of the precache list (every file's content hash): the deploy id, never a clock reading. */
	version: string;
	/** Number of files saved on the reader's device. */
	count: number;
	/** Their total size in bytes, as stored (uncompressed). */
	size: number;
	entries: ManifestEntry[];
}

/** Files the worker cannot do without: a page, the fallback for unsaved addresses and the search index. */
const required = [
	['index.html', 'the home page'],
	['404.html', 'the page for addresses that are not saved (src/pages/404.astro)'],
	['pagefind/pagefind-entry.json', 'the search index'],
] as const;

/** One page larger than this is almost certainly a mistake; Workbox would silently skip it, we stop instead. */
const largestFile = 4 * 1024 * 1024;

/**
 * Adds each file's Subresource Integrity hash (of the bytes in dist/) to its entry. Workbox downloads every entry
 * with it, so the browser refuses bytes that differ from the build's and the install fails instead of saving them;
 * the worker also checks saved files against it before using them (worker/integrity.ts).
 */
function withIntegrity(dist: string): ManifestTransform {
	return async (entries) => ({
		manifest: await Promise.all(
			entries.map(async (entry) => ({ ...entry, integrity: sriHash(await readFile(join(dist, entry.url))) })),
		),
	});
}

/** The `integrity` value of a file's bytes: SHA-384, as the Subresource Integrity spec recommends. */
export const sriHash = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The files the worker of the build in `dist` saves, checked; the bench measures this same list. */
export async function precacheList(dist: string): Promise<GeneratedWorker> {
	for (const [file, what] of required) {
		if (!existsSync(join(dist, file))) {
			throw new OfflineBuildError(
				`${join(dist, file)} is missing, so ${what} cannot be saved for offline reading.`,
				file.startsWith('pagefind/')
					? "The worker must run after the integration that writes dist/pagefind/ (Starlight with its `pagefind` option on, or the project's own search-index integration): in astro.config.mjs, list offlineWorker() after it in `integrations`."
					: `Make sure the build still produces ${file}.`,
			);
		}
	}
	const { manifestEntries, count, size, warnings } = await getManifest({
		globDirectory: dist,
		globPatterns: precacheGlobs,
		globIgnores: precacheIgnores(dist),
		// Every entry keeps its revision, `_astro/` ones too (no `dontCacheBustURLsMatching`): the worker then
		// downloads every file past the browser's HTTP cache, where a damaged copy of an `immutable` file could
		// otherwise sit for a year, and reuses a saved file only under the revision of this build.
		manifestTransforms: [withIntegrity(dist)],
		maximumFileSizeToCacheInBytes: largestFile,
	});
	if (warnings.length > 0) {
		throw new OfflineBuildError(
			`Workbox could not build the precache list:\n  - ${warnings.join('\n  - ')}`,
			`A file over ${largestFile / 1024 / 1024} MiB would be left out of the offline copy: make it smaller, or adjust src/features/offline/build/precache-rules.ts.`,
		);
	}
	const entries = manifestEntries ?? [];
	const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
	return { version, count, size, entries };
}

/**
 * Writes dist/sw.js: the offline worker with the precache list of the build in `dist`. Called by the Astro
 * integration after Pagefind.
 */
export async function generateServiceWorker(dist: string): Promise<GeneratedWorker> {
	const list = await precacheList(dist);
	await writeFile(join(dist, 'sw.js'), await bundleWorker(list.entries, list.version));
	return list;
}
