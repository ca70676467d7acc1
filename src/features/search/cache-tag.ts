import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';

/**
 * Pagefind's `metaCacheTag`: without one, Pagefind adds `?ts=<now>` to its entry request, which no cache can
 * ever reuse. It is written into every page, which Astro renders before Pagefind has indexed them, so it cannot
 * hash the index itself; it hashes what the index is made of, the content, and so changes exactly when the
 * searchable text may have. (Server side only; evaluated once per build.)
 */
export const cacheTag = (() => {
	const hash = createHash('sha256');
	for (const file of globSync('content/**/*.{md,mdx,yaml,yml,json}').sort()) {
		hash.update(file).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex').slice(0, 12);
})();
