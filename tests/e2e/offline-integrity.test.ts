import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateServiceWorker } from '../../src/features/offline/build/generate.ts';
import { isCompressible } from '../../src/features/offline/storage-format.ts';
import { editFile, useDistCopy } from './dist-copy.ts';
import {
	damageSavedFile,
	expectOnlineOnly,
	failureWarning,
	offlineCaches,
	savedFormats,
	savedText,
	storeAsOldWorker,
	waitUntilSaved,
} from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const served = useDistCopy();
const site = useSite({ root: served.root, serviceWorkers: 'allow' });

/** The bytes of the build (dist/), which the precache list's integrity hashes describe. */
const built = (file: string) => readFileSync(join(process.cwd(), 'dist', file), 'utf8');

const page = 'stack/queues/index.html';
const stylesheet = (() => {
	const css = built(page).match(/_astro\/[^"]+\.css/g) ?? [];
	if (css.length === 0) throw new Error(`${page} loads no stylesheet from _astro/`);
	return css[0] as string;
})();

describe('the offline copy holds only the bytes of the build', () => {
	it.each([
		['a changed page', page, () => editFile(served.path(page), 'responses faster', 'responses slower')],
		['a truncated hashed stylesheet', stylesheet, () => truncateSync(served.path(stylesheet), 200)],
	])(
		'%s on the server is never saved; once the server is repaired the next visit saves the good file',
		async (_, file, damage) => {
			damage();
			const { page: tab } = await site.newPage();
			const warning = failureWarning(tab);
			await tab.goto(`${site.url}/`);
			expect((await warning).text()).toContain(
				`/${file} on the server differs from the file this deploy lists (integrity check failed)`,
			);
			await expectOnlineOnly(tab, site.url);

			writeFileSync(served.path(file), built(file));
			await tab.goto(`${site.url}/`);
			await waitUntilSaved(tab);
			expect(await savedText(tab, file)).toBe(built(file));
		},
	);

	it('a damaged saved file is never served: online it is downloaded again and replaced, offline it is refused', async () => {
		const { page: tab, context } = await site.newPage();
		await tab.goto(`${site.url}/`);
		await waitUntilSaved(tab);
		const other = 'stack/caching/index.html';
		const damaged = '<!doctype html><title>Damaged</title><h1>Damaged copy</h1>';
		await damageSavedFile(tab, page, damaged);
		await damageSavedFile(tab, other, damaged);

		await tab.goto(`${site.url}/stack/queues/`);
		expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Message queues and asynchronous processing',
		);
		expect(await savedText(tab, page)).toBe(built(page));

		// The repaired copy is what is saved now: it works offline.
		await context.setOffline(true);
		await tab.goto(`${site.url}/stack/queues/`);
		expect(await tab.getByText('responses faster').count()).toBeGreaterThan(0);
		// Offline there is no good copy of the other page to fetch: the reader gets an error, never the damaged page.
		const response = await tab.goto(`${site.url}/stack/caching/`).catch(() => null);
		expect(response?.ok() ?? false).toBe(false);
		expect(await tab.getByText('Damaged copy').count()).toBe(0);
	});

	it('a new deploy downloads a saved file again when its bytes do not match, instead of reusing it', async () => {
		const { page: tab, context } = await site.newPage();
		await tab.goto(`${site.url}/`);
		await waitUntilSaved(tab);
		const [cache] = await offlineCaches(tab);
		// A truncated stylesheet in the cache under the same name and revision, as a worker before integrity hashes
		// saved it from a broken server.
		await damageSavedFile(tab, stylesheet, built(stylesheet).slice(0, 200));

		// The redeploy: one page changed, the precache list written again by the build's own step.
		const changed = 'stack/caching/index.html';
		editFile(served.path(changed), '</h1>', ' (second deploy)</h1>');
		await generateServiceWorker(served.dir());

		const downloaded: string[] = [];
		context.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (request.serviceWorker() && path !== '/sw.js') downloaded.push(path);
		});
		await tab.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		await tab.getByRole('status').filter({ hasText: 'A new version is available' }).waitFor({ timeout: 30_000 });
		// The changed page, and the stylesheet whose saved bytes failed the check; every other saved file is reused.
		expect(downloaded.sort()).toEqual([`/${stylesheet}`, `/${changed}`].sort());
		expect(await offlineCaches(tab)).toEqual([cache]);
		expect(await savedText(tab, stylesheet)).toBe(built(stylesheet));
	});

	it('a cache filled uncompressed by the worker before December 2026 keeps working, and the next deploy compresses it without downloading it again', async () => {
		const { page: tab, context } = await site.newPage();
		await tab.goto(`${site.url}/`);
		await waitUntilSaved(tab);
		await storeAsOldWorker(tab);
		const before = await savedFormats(tab);
		expect(before.filter((entry) => entry.gzip)).toEqual([]);

		// The current worker serves those entries, offline too.
		await context.setOffline(true);
		await tab.goto(`${site.url}/languages/go/`);
		expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Go');
		await context.setOffline(false);

		const changed = 'languages/python/index.html';
		editFile(served.path(changed), '</h1>', ' (third deploy)</h1>');
		await generateServiceWorker(served.dir());
		const downloaded: string[] = [];
		context.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (request.serviceWorker() && path !== '/sw.js') downloaded.push(path);
		});
		await tab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const notice = tab.getByRole('status').filter({ hasText: 'A new version is available' });
		await notice.waitFor({ timeout: 30_000 });
		await notice.getByRole('button', { name: 'Reload' }).click();
		await tab.waitForURL(`${site.url}/languages/go/`);
		await waitUntilSaved(tab);

		// Only the changed page was downloaded; every text entry is stored compressed now, binary ones as they were.
		expect(downloaded).toEqual([`/${changed}`]);
		const after = await savedFormats(tab);
		expect(after.length).toBe(before.length);
		expect(after.filter((entry) => entry.gzip !== isCompressible(entry.type)).map((entry) => entry.path)).toEqual([]);
		expect(after.filter((entry) => entry.path.endsWith('.html') && !entry.gzip)).toEqual([]);
		expect(await savedText(tab, 'languages/go/index.html')).toBe(built('languages/go/index.html'));
	});
});
