import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] as string);

/**
 * Every page path the built sitemap lists (e.g. `/stack/queues/`), read from dist/ at collection
 * time so a test file gets one test per page. Browser tests check every page, never a sample.
 */
export function sitemapPaths(dist = join(process.cwd(), 'dist')): string[] {
	const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
	const paths = locs(index).flatMap((sitemap) =>
		locs(readFileSync(join(dist, new URL(sitemap).pathname), 'utf8')).map((page) => new URL(page).pathname),
	);
	if (paths.length === 0) throw new Error('dist/sitemap-index.xml lists no pages: run `npm run build` first.');
	return paths;
}
