import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Index settings Starlight's built-in Pagefind step cannot take (it calls `createIndex()` with
 * none), which is why `pagefind: false` is set in starlight.ts and this integration indexes instead.
 */
export const indexConfig = {
	// "C#", "F#", "C++" and "N+1" stay whole words; without this "c#" is searched as "c".
	includeCharacters: '#+',
	// Chrome that sits inside <main data-pagefind-body> and must never reach an excerpt.
	// Starlight's heading anchors ("Section titled …") in case heading links are turned on.
	excludeSelectors: ['.sl-anchor-link', '.diagram-text > summary'],
};

/** Pagefind's two older UI bundles; the dialog uses its Component UI (pagefind-component-ui.js and .css). */
const unusedFile = /^pagefind-(modular-ui|ui)\.(js|css)$/;

class SearchIndexError extends Error {
	constructor(errors: string[]) {
		super(
			`Pagefind could not build the search index:\n  ${errors.join('\n  ')}\n` +
				'Fix the page it names (usually malformed HTML or a bad data-pagefind-* attribute), then rebuild.',
		);
		this.name = 'SearchIndexError';
	}
}

function check<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0) throw new SearchIndexError(response.errors);
	return response;
}

/**
 * Builds the Pagefind index of dist/ after Astro has written every page. Anything that reads
 * dist/pagefind/ (the offline worker's precache list) must come after this in `integrations`.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'backend-2026:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const output = join(site, 'pagefind');
				try {
					const { index } = check(await pagefind.createIndex(indexConfig));
					if (!index) throw new SearchIndexError(['createIndex returned no index']);
					const { page_count } = check(await index.addDirectory({ path: site }));
					const { files } = check(await index.getFiles());
					rmSync(output, { recursive: true, force: true });
					let written = 0;
					for (const file of files) {
						if (unusedFile.test(file.path)) continue;
						const target = join(output, file.path);
						mkdirSync(dirname(target), { recursive: true });
						writeFileSync(target, file.content);
						written += file.content.byteLength;
					}
					const ms = Math.round(performance.now() - started);
					logger.info(`Indexed ${page_count} pages, ${(written / 1024).toFixed(0)} KiB in dist/pagefind/ (${ms} ms).`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
