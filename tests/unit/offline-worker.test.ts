import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateServiceWorker } from '../../src/features/offline/build/generate.ts';
import { socialCardFiles, unusedPagefindUi } from '../../src/features/offline/build/precache-rules.ts';
import { isShellFile } from '../../src/features/offline/shell.ts';
import { isCompressible } from '../../src/features/offline/storage-format.ts';

let dist = '';
const write = (file: string, content: string | Buffer = 'x') => {
	mkdirSync(dirname(join(dist, file)), { recursive: true });
	writeFileSync(join(dist, file), content);
};
const page = (head = '') => `<!doctype html><html><head>${head}</head><body><main>page</main></body></html>`;

/** The smallest build the worker accepts: home, the 404 page and a Pagefind index. */
function minimalBuild() {
	write('index.html', page());
	write('404.html', page());
	write('pagefind/pagefind-entry.json', '{}');
	write('pagefind/pagefind.js', 'pagefind');
	write('pagefind/wasm.en.pagefind', 'wasm');
	write('pagefind/fragment/en_1.pf_fragment', 'f');
	write('pagefind/pagefind-ui.js', 'ui');
	write('_astro/page.abc123.js', 'js');
}

beforeEach(() => {
	dist = mkdtempSync(join(tmpdir(), 'offline-worker-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('social cards', () => {
	it('are found wherever a page names them in og:image or twitter:image, absolute or not', () => {
		write(
			'stack/queues/index.html',
			page(
				'<meta property="og:image" content="https://backend2026.dev/cards/stack/queues.png">' +
					"<meta content='/x/y%20z.png' name='twitter:image'>" +
					'<meta property="og:title" content="/not-an-image.png">',
			),
		);
		expect(socialCardFiles(dist)).toEqual(['cards/stack/queues.png', 'x/y z.png']);
	});
});

describe('Pagefind UI bundles', () => {
	it('are left out unless a built page or script refers to them', () => {
		write('pagefind/pagefind-ui.js');
		write('pagefind/pagefind-component-ui.js');
		write('index.html', page('<script type="module" src="/pagefind/pagefind-component-ui.js"></script>'));
		const unused = unusedPagefindUi(dist);
		expect(unused).toContain('pagefind/pagefind-ui.js');
		expect(unused).not.toContain('pagefind/pagefind-component-ui.js');
	});
});

describe('generateServiceWorker', () => {
	it('lists pages, assets, JSON data and the Pagefind index, but no social cards, sitemaps, text copies or the portable archive', async () => {
		minimalBuild();
		write('og/stack/queues.png', 'card');
		write('stack/queues-og.png', 'card');
		write('open-graph/index.png', 'card');
		write('cards/home.png', 'card');
		write('index.html', page('<meta property="og:image" content="/cards/home.png">'));
		write('icons/icon-192.png', 'icon');
		write('sitemap-0.xml', '<urlset/>');
		write('llms.txt', 'text');
		write('stack/queues.md', '# Markdown copy');
		write('search-vocabulary.json', '[]');
		// The portable copy's archive (issue 19) is a download, never saved for offline reading.
		write('downloads/backend-2026.zip', 'PK');

		const worker = await generateServiceWorker(dist);
		expect(worker.entries.map((entry) => entry.url).sort()).toEqual([
			'404.html',
			'_astro/page.abc123.js',
			'icons/icon-192.png',
			'index.html',
			'pagefind/fragment/en_1.pf_fragment',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind.js',
			'pagefind/wasm.en.pagefind',
			'search-vocabulary.json',
		]);
		// Every entry, hashed `_astro/` names included, has a revision (so the worker reuses a saved file only under
		// this build's revision) and the Subresource Integrity hash of its bytes in dist/.
		for (const entry of worker.entries) {
			expect(entry.revision, entry.url).toMatch(/^[0-9a-f]{32}$/);
			const sha384 = createHash('sha384')
				.update(readFileSync(join(dist, entry.url)))
				.digest('base64');
			expect(entry.integrity, entry.url).toBe(`sha384-${sha384}`);
		}
		const script = readFileSync(join(dist, 'sw.js'), 'utf8');
		expect(script).toContain(`deploy ${worker.version}`);
		expect(script).toContain('"pagefind/wasm.en.pagefind"');
	});

	it('names a new deploy, and writes a different worker, only when a file changed', async () => {
		minimalBuild();
		const first = await generateServiceWorker(dist);
		const firstScript = readFileSync(join(dist, 'sw.js'));
		expect((await generateServiceWorker(dist)).version).toBe(first.version);
		expect(readFileSync(join(dist, 'sw.js')).equals(firstScript)).toBe(true);
		write('404.html', page('<title>changed</title>'));
		expect((await generateServiceWorker(dist)).version).not.toBe(first.version);
	});

	it('stops the build when the Pagefind index is missing, saying the worker must run after the step that writes it', async () => {
		minimalBuild();
		rmSync(join(dist, 'pagefind'), { recursive: true });
		const error = await generateServiceWorker(dist).catch((caught: Error) => caught);
		expect(String(error).replace(dist, '<dist>')).toMatchInlineSnapshot(`
			"OfflineBuildError: Offline worker: <dist>/pagefind/pagefind-entry.json is missing, so the search index cannot be saved for offline reading.
			  Fix: The worker must run after the integration that writes dist/pagefind/ (Starlight with its \`pagefind\` option on, or the project's own search-index integration): in astro.config.mjs, list offlineWorker() after it in \`integrations\`."
		`);
	});

	it('stops the build instead of silently leaving out a file too large to save', async () => {
		minimalBuild();
		write('huge/index.html', Buffer.alloc(5 * 1024 * 1024, 'a'));
		const error = await generateServiceWorker(dist).catch((caught: Error) => caught);
		expect(String(error)).toContain('huge/index.html');
		expect(String(error)).toContain('Fix:');
	});
});

describe('storage format', () => {
	it('compresses text types, as hosts send them, and stores compressed formats as they are', () => {
		for (const type of [
			'text/html; charset=utf-8',
			'text/css',
			'text/javascript',
			'application/javascript',
			'application/json',
			'application/manifest+json',
			'image/svg+xml',
		]) {
			expect(isCompressible(type), type).toBe(true);
		}
		// Pagefind's gzipped index and wasm come as octet-stream or wasm; images and fonts are compressed formats.
		for (const type of [
			'application/octet-stream',
			'application/wasm',
			'image/png',
			'font/woff2',
			'application/jsonp',
			'',
		]) {
			expect(isCompressible(type), type).toBe(false);
		}
	});
});

describe('the Save-Data shell', () => {
	it('is every file but the pages and the search index, plus the 404 page', () => {
		const shell = [
			'/404.html',
			'/_astro/page.abc123.js',
			'/_astro/style.css',
			'/icons/icon-192.png',
			'/search-vocabulary.json',
			'/manifest.webmanifest',
		];
		const notShell = ['/index.html', '/stack/queues/index.html', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind'];
		expect(shell.filter((path) => !isShellFile(path))).toEqual([]);
		expect(notShell.filter(isShellFile)).toEqual([]);
	});
});
