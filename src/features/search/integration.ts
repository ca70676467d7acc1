import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { reuseExcerptSplit } from './excerpt-split.ts';

/**
 * Index settings Starlight's built-in Pagefind step cannot take (it calls `createIndex()` with
 * none), which is why `pagefind: false` is set in starlight.ts and this integration indexes instead.
 */
const indexConfig = {
	// "C#", "F#", "C++" and "N+1" stay whole words; without this "c#" is searched as "c".
	includeCharacters: '#+',
	// Chrome inside <main data-pagefind-body> that must never reach an excerpt (the heading links' copy buttons
	// carry data-pagefind-ignore themselves).
	excludeSelectors: ['.diagram-text > summary'],
};

/** Pagefind's two older UI bundles; the dialog uses its Component UI (pagefind-component-ui.js and .css). */
const unusedFiles = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];

function check<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length === 0) return response;
	throw new Error(
		`Pagefind could not build the search index:\n  ${response.errors.join('\n  ')}\n` +
			'Fix the page it names (usually malformed HTML or a bad data-pagefind-* attribute), then rebuild.',
	);
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
				const site = fileURLToPath(dir);
				const output = join(site, 'pagefind');
				try {
					const { index } = check(await pagefind.createIndex(indexConfig));
					if (!index) throw new Error('Pagefind: createIndex returned no index');
					const { page_count } = check(await index.addDirectory({ path: site }));
					rmSync(output, { recursive: true, force: true });
					check(await index.writeFiles({ outputPath: output }));
					for (const file of unusedFiles) rmSync(join(output, file), { force: true });
					const script = join(output, 'pagefind.js');
					writeFileSync(script, reuseExcerptSplit(readFileSync(script, 'utf8')));
					logger.info(`Indexed ${page_count} pages into dist/pagefind/.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
