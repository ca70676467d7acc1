import { describe, expect, it } from 'vitest';
import { resolveAddress, rootFrom, type SiteFiles } from '../../src/features/portable/build/links.ts';
import { rewritePage } from '../../src/features/portable/build/page.ts';
import { bundleName } from '../../src/features/portable/build/scripts.ts';
import { localUrl } from '../../src/features/portable/page/localize.ts';

const copied = new Set([
	'index.html',
	'stack/queues/index.html',
	'glossary/index.html',
	'_astro/site.css',
	'_astro/logo.svg',
	'_astro/page.js',
	'_astro/OfflineHead.astro_astro_type_script_index_0_lang.x1.js',
	'favicon.svg',
]);
const online = new Set(['stack/queues.md', 'llms.txt', 'manifest.webmanifest']);
const files: SiteFiles = { copied: (path) => copied.has(path), online: (path) => online.has(path) };
const site = 'https://backend2026.dev';
const page = (body: string, head = '') =>
	rewritePage({
		path: 'stack/queues/index.html',
		html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
		files,
		site,
		edition: 'Edition of 1 December 2026.',
	});
const body = (html: string) => html.replace(/^.*<body>|<\/body>.*$/gs, '');

describe('the portable copy: addresses', () => {
	it('makes root-absolute and relative addresses relative to the page, folders as index.html', () => {
		const out = page(
			'<a href="/glossary/#cors">CORS</a> <a href="/">Home</a> <a href="../../stack/queues/">Queues</a>' +
				'<img src="/_astro/logo.svg" srcset="/_astro/logo.svg 1x, /favicon.svg 2x" alt="">',
		);
		expect(body(out.html)).toBe(
			'<a href="../../glossary/index.html#cors">CORS</a> <a href="../../index.html">Home</a> ' +
				'<a href="index.html">Queues</a><img src="../../_astro/logo.svg" srcset="../../_astro/logo.svg 1x, ../../favicon.svg 2x" alt="">',
		);
		expect(out.missing).toEqual([]);
	});

	it('keeps fragments, outside links and queries, and sends links to machine files to the online site', () => {
		const out = page(
			'<a href="#retries">Retries</a><a href="https://www.rabbitmq.com/docs">RabbitMQ</a>' +
				'<a href="/?search=kafka">Search</a><a href="/stack/queues.md">Markdown</a>',
		);
		expect(body(out.html)).toBe(
			'<a href="#retries">Retries</a><a href="https://www.rabbitmq.com/docs">RabbitMQ</a>' +
				'<a href="../../index.html?search=kafka">Search</a><a href="https://backend2026.dev/stack/queues.md">Markdown</a>',
		);
	});

	it('drops loads of machine files and the worker registration, and bundles module scripts into one classic script', () => {
		const out = page(
			'<p>Text</p>',
			'<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/_astro/site.css">' +
				'<script type="module" src="/_astro/OfflineHead.astro_astro_type_script_index_0_lang.x1.js"></script>' +
				'<script type="module" src="/_astro/page.js"></script>',
		);
		expect(out.html).toContain(
			`<head><script src="../../_portable/runtime.js"></script><link rel="stylesheet" href="../../_astro/site.css"><script defer src="../../${bundleName(['_astro/page.js'])}"></script></head>`,
		);
		expect(out.droppedWorker).toBe(true);
		expect(out.moduleScripts).toEqual(['_astro/page.js']);
	});

	it('replaces the download link with the edition and removes the offline notices and copy-link buttons', () => {
		const out = page(
			'<p class="portable-download" data-portable-download><a href="/glossary/">Download</a></p>' +
				'<p data-offline="saved" hidden>Available offline</p><h2 id="a">A<button class="copy-link">Copy</button></h2>' +
				'<site-search data-base="/"></site-search>',
		);
		expect(body(out.html)).toBe(
			'<p class="portable-edition" data-pagefind-ignore="">Edition of 1 December 2026.</p><h2 id="a">A</h2>' +
				'<site-search data-base="../../"></site-search>',
		);
	});

	it('names every address it cannot resolve', () => {
		expect(page('<a href="/no-such-page/">Gone</a><img src="/_astro/missing.png" alt="">').missing).toEqual([
			'/no-such-page/',
			'/_astro/missing.png',
		]);
		expect(resolveAddress('/stack/queues', 'index.html', files, site)).toEqual({
			kind: 'local',
			href: 'stack/queues/index.html',
			file: 'stack/queues/index.html',
		});
	});

	it('finds the folder from any page, and maps search results into it', () => {
		expect(rootFrom('index.html')).toBe('./');
		expect(rootFrom('stack/queues/index.html')).toBe('../../');
		expect(localUrl('/stack/queues/?highlight=kafka#retries', '../../')).toBe(
			'../../stack/queues/index.html?highlight=kafka#retries',
		);
		expect(localUrl('/', './')).toBe('./index.html');
	});
});
