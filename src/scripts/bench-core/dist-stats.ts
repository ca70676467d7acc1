import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { filesUnder } from '../../lib/files.ts';

/** Size and page count of the build, and which page carries the most diagram markup. */
export function distStats(dist: string) {
	const all = filesUnder(dist, '**/*').filter((path) => statSync(path).isFile());
	const html = all.filter((path) => path.endsWith('.html'));
	const bytes = all.reduce((sum, path) => sum + statSync(path).size, 0);
	const sitemapPages = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>/g)].length;
	const byDiagrams = html
		.filter((path) => path.endsWith('index.html'))
		.map((path) => {
			const page = readFileSync(path, 'utf8');
			return {
				path: `/${relative(dist, path).slice(0, -'index.html'.length)}`,
				figures: page.split('<figure class="diagram"').length - 1,
				// Bytes of diagram markup (both themed SVGs, caption, word list): what makes a page heavy.
				size: [...page.matchAll(/<figure class="diagram"[\s\S]*?<\/figure>/g)].reduce((sum, [f]) => sum + f.length, 0),
			};
		})
		.sort((a, b) => b.size - a.size);
	const bySize = html
		.filter((path) => path.endsWith('index.html'))
		.map((path) => ({ path: `/${relative(dist, path).slice(0, -'index.html'.length)}`, size: statSync(path).size }))
		.sort((a, b) => b.size - a.size);
	return {
		files: all.length,
		bytes,
		htmlPages: html.length,
		sitemapPages,
		heaviestDiagramPage: byDiagrams[0],
		heaviestPage: bySize[0],
	};
}
