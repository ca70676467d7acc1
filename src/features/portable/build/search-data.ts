import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../../lib/files.ts';

/**
 * `_portable/search-data.js`: Pagefind's index, fragments, filters and WebAssembly plus the search vocabulary,
 * as base64 in one classic script, loaded on the first search. From disk Chromium refuses fetch() (Pagefind
 * issues #202, #241), so page/runtime.ts answers Pagefind's fetches from these bytes. Pagefind's files are gzip
 * already; base64 costs a third more on disk, and deflate in the ZIP takes most of that back.
 */
export function searchData(dist: string): Uint8Array {
	const files: Record<string, string> = {};
	const data = filesUnder(join(dist, 'pagefind'), '**/*.*').filter((path) => !/\.(js|css)$/.test(path));
	for (const path of data) {
		const key = `pagefind/${path
			.slice(join(dist, 'pagefind').length + 1)
			.split('\\')
			.join('/')}`;
		files[key] = readFileSync(path).toString('base64');
	}
	files['search-vocabulary.json'] = readFileSync(join(dist, 'search-vocabulary.json')).toString('base64');
	const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
	return Buffer.from(`window.portableFiles=${JSON.stringify(sorted)};\n`);
}
