import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedAsHeader } from '../../src/features/offline/storage-format.ts';
import { collectFailedRequests, offlineCaches, savedEntry, search, waitUntilSaved } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const site = useSite({ serviceWorkers: 'allow' });

describe('reading offline', () => {
	it('saves the whole site on the first visit, then serves unvisited pages, diagrams and search offline', async () => {
		const { page, context, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		const failed = collectFailedRequests(context);
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		expect(await offlineCaches(page)).toHaveLength(1);

		await context.setOffline(true);
		await page.getByText('You are offline — everything still works.').waitFor();

		for (const [path, title] of [
			['/languages/go/', 'Go'],
			['/trends/edge/', 'Edge computing'],
			['/career/job-search/', 'Find a job or internship'],
		]) {
			// Waiting for the network to go quiet lets each page load everything it asks for, search UI included.
			await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(title);
		}

		// A page with diagrams, reached by its address without the trailing slash.
		await page.goto(`${site.url}/architecture/microservices`, { waitUntil: 'networkidle' });
		await page.waitForURL('**/architecture/microservices/');
		const diagram = page.getByRole('figure').first();
		expect(await diagram.locator('svg').first().isVisible()).toBe(true);

		await search(page, 'kafka', /queues/i);
		const result = await search(page, 'goroutine', /concurrency/i);
		const href = (await result.getAttribute('href')) ?? '';
		// The result links to the section, with the searched word for highlighting: /languages/go/?highlight=…#…
		expect(href).toMatch(/\/languages\/go\/(\?[^#]*)?#/);
		await result.click();
		await page.waitForURL(`**${href}`);
		const anchor = decodeURIComponent(href.split('#')[1] ?? '');
		expect(await page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
		// The searched word is highlighted there too (the page and Pagefind's highlight script are saved).
		await page.locator('mark.search-hit').first().waitFor();
		// Having searched, the tab loads Pagefind when idle; let that finish rather than abort it by navigating.
		await page.waitForLoadState('networkidle');

		// A shared search link opens the dialog with its results, offline as online.
		await page.goto(`${site.url}/?search=kafka&section=stack`, { waitUntil: 'networkidle' });
		await page
			.getByRole('dialog')
			.getByRole('link', { name: /queues/i })
			.first()
			.waitFor();

		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('shows the saved 404 page, with working search, for an address that is not saved', async () => {
		const { page, context } = await site.newPage({ viewport: { width: 375, height: 740 } });
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		await context.setOffline(true);

		await page.goto(`${site.url}/no-such-page/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
		const result = await search(page, 'kafka', /queues/i);
		await result.click();
		await page.waitForURL('**/stack/queues/**');
	});

	it('stores pages and other text gzip-compressed, binary files as they are, and serves the built bytes offline', async () => {
		const { page, context } = await site.newPage();
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		// Without Save-Data the reader sees nothing new: the whole site is saved, no button offers it.
		expect(await page.getByRole('button', { name: 'Save the whole site for offline' }).isVisible()).toBe(false);
		const built = (file: string) => readFileSync(join(process.cwd(), 'dist', file));
		const stylesheet = readFileSync(join(process.cwd(), 'dist/index.html'), 'utf8').match(/_astro\/[^"]+\.css/);
		for (const file of ['stack/queues/index.html', '404.html', stylesheet?.[0] ?? '', 'search-vocabulary.json']) {
			const saved = await savedEntry(page, file);
			expect(saved?.gzip, file).toBe(true);
			expect(saved?.text, file).toBe(built(file).toString('utf8'));
			// gzip keeps well under half of any text file this size.
			expect(saved?.storedBytes ?? Infinity, file).toBeLessThan(built(file).length / 2);
		}
		// Already-compressed formats are stored byte for byte: the app icon (PNG), and Pagefind's gzipped wasm.
		for (const file of ['icons/icon-512.png', 'pagefind/wasm.en.pagefind']) {
			const saved = await savedEntry(page, file);
			expect(saved?.gzip, file).toBe(false);
			expect(saved?.storedBytes, file).toBe(built(file).length);
		}

		// Served from the cache (the network is off): the file's exact bytes, its type, and no encoding header.
		await context.setOffline(true);
		for (const [path, file, type] of [
			['/stack/queues/', 'stack/queues/index.html', 'text/html; charset=utf-8'],
			[`/${stylesheet?.[0]}`, stylesheet?.[0] ?? '', 'text/css'],
			['/pagefind/wasm.en.pagefind', 'pagefind/wasm.en.pagefind', 'application/octet-stream'],
		] as const) {
			const served = await page.evaluate(
				async ({ path, header }) => {
					const response = await fetch(path);
					const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
					return {
						sha256: [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
						type: response.headers.get('content-type'),
						encoding: response.headers.get('content-encoding'),
						marker: response.headers.get(header),
					};
				},
				{ path, header: storedAsHeader },
			);
			expect(served, path).toEqual({
				sha256: createHash('sha256').update(built(file)).digest('hex'),
				type,
				encoding: null,
				marker: null,
			});
		}
	});
});
