import { cpSync, renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateServiceWorker, precacheList } from '../../src/features/offline/build/generate.ts';
import { isShellFile } from '../../src/features/offline/shell.ts';
import { useDistCopy } from './dist-copy.ts';
import { savedFormats } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const served = useDistCopy();
const site = useSite({ root: served.root, serviceWorkers: 'allow' });

const savedPaths = async (page: Parameters<typeof savedFormats>[0]) =>
	(await savedFormats(page)).map((entry) => entry.path).sort();

describe('with Save-Data on', () => {
	it('saves the shell and the pages the reader opens; the button saves the rest, and the choice outlives reloads and deploys', async () => {
		const { page, context, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		// Chromium's own Save-Data emulation: navigator.connection.saveData is true in the page (not in the worker).
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
		expect(await page.evaluate(() => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(
			true,
		);

		// First visit: the shell and this page, nothing else.
		const list = (await precacheList(served.dir())).entries.map((entry) => `/${entry.url}`);
		await page.goto(`${site.url}/stack/queues/`);
		const button = page.getByRole('button', { name: 'Save the whole site for offline' });
		await button.waitFor({ timeout: 90_000 });
		expect(await page.getByText('Available offline', { exact: true }).isVisible()).toBe(false);
		const shell = list.filter(isShellFile);
		expect(shell).toContain('/404.html');
		expect(shell.some((path) => path.endsWith('.css'))).toBe(true);
		expect(await savedPaths(page)).toEqual([...shell, '/stack/queues/index.html'].sort());

		// A second page is saved as the reader opens it, and works offline; a page never opened does not.
		await page.goto(`${site.url}/stack/caching/`);
		await expect
			.poll(async () => (await savedPaths(page)).includes('/stack/caching/index.html'), { timeout: 30_000 })
			.toBe(true);
		await context.setOffline(true);
		await page.getByText('You are offline: the pages you opened are saved, other pages need the network.').waitFor();
		await page.goto(`${site.url}/stack/caching/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Caching');
		expect((await page.goto(`${site.url}/languages/go/`).catch(() => null))?.ok() ?? false).toBe(false);
		await context.setOffline(false);

		// The button, when a file is missing on the server: a message that names it; the button stays for a retry.
		const missing = served.path('languages/go/index.html');
		renameSync(missing, `${missing}.away`);
		await page.goto(`${site.url}/stack/queues/`);
		await button.click();
		await page
			.getByRole('status')
			.filter({ hasText: 'Saving the whole site failed: /languages/go/index.html answered 404' })
			.waitFor({ timeout: 90_000 });
		renameSync(`${missing}.away`, missing);

		// Pressed again: progress in words, then everything is saved and works offline.
		await page.evaluate(() => {
			const progress = document.querySelector('[data-offline="save-progress"]');
			const seen: string[] = [];
			(window as unknown as { progressSeen: string[] }).progressSeen = seen;
			if (progress)
				new MutationObserver(() => seen.push(progress.textContent ?? '')).observe(progress, {
					childList: true,
					characterData: true,
					subtree: true,
				});
		});
		await button.click();
		await page.getByText('Available offline', { exact: true }).waitFor({ timeout: 90_000 });
		expect(await button.isVisible()).toBe(false);
		const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
		expect(progress.some((text) => /^Saving for offline: \d+ of \d+ files…$/.test(text))).toBe(true);
		expect(await savedPaths(page)).toEqual([...list].sort());
		await context.setOffline(true);
		await page.goto(`${site.url}/languages/go/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Go');
		await context.setOffline(false);

		// The choice survives a reload: the whole site stays saved, no button.
		await page.reload();
		await page.getByText('Available offline', { exact: true }).waitFor({ timeout: 30_000 });
		expect(await button.isVisible()).toBe(false);

		// And a deploy with a page the reader never opened is saved whole, Save-Data or not.
		cpSync(served.path('stack/queues/index.html'), served.path('stack/quokka/index.html'));
		await generateServiceWorker(served.dir());
		const downloaded: string[] = [];
		context.on('request', (request) => {
			if (request.serviceWorker()) downloaded.push(new URL(request.url()).pathname);
		});
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await page.getByRole('status').filter({ hasText: 'A new version is available' }).waitFor({ timeout: 60_000 });
		expect(downloaded).toContain('/stack/quokka/index.html');
		expect(errors).toEqual([]);
	});
});
