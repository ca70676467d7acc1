import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { generateServiceWorker } from '../../src/config/integrations/offline/generate.ts';
import { editFile, useDistCopy } from './dist-copy.ts';
import { offlineCaches, waitUntilSaved } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const dist = useDistCopy();
const site = useSite({ root: dist.root });

const oldTitle = 'Message queues and asynchronous processing';
const newTitle = 'Message queues and asynchronous processing, revised';

describe('a new deploy', () => {
	it('is offered with a notice, never mixed with the old one, and replaces the old cache after Reload', async () => {
		const { page, context, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		const [oldCache] = await offlineCaches(page);

		// The reader is away while a changed page is deployed.
		await context.setOffline(true);
		editFile(dist.path('stack/queues/index.html'), `>${oldTitle}</h1>`, `>${newTitle}</h1>`);
		const deploy = await generateServiceWorker(dist.dir());
		expect(`backend-2026-offline-${deploy.version}`).not.toBe(oldCache);

		const downloaded: string[] = [];
		context.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (request.serviceWorker() && path !== '/sw.js') downloaded.push(path);
		});
		await context.setOffline(false);
		await page.reload();
		const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
		await notice.waitFor({ timeout: 30_000 });
		// The notices are hidden on a normal visit, so the site-wide accessibility check never sees them.
		const axe = await new AxeBuilder({ page }).include('.offline-notices').analyze();
		expect(axe.violations.map((violation) => violation.id)).toEqual([]);
		// Unchanged files are copied from the old deploy's cache: only the changed page is downloaded.
		expect(downloaded).toEqual(['/stack/queues/index.html']);

		// Until the reader chooses Reload, every page still comes from the old deploy.
		await page.goto(`${site.url}/stack/queues/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(oldTitle);
		await notice.waitFor();

		await notice.getByRole('button', { name: 'Reload' }).click();
		await page.getByRole('heading', { level: 1, name: newTitle }).waitFor({ timeout: 30_000 });
		await waitUntilSaved(page);
		expect(await offlineCaches(page)).toEqual([`backend-2026-offline-${deploy.version}`]);
		expect(await notice.isVisible()).toBe(false);

		// And the new deploy is complete offline too.
		await context.setOffline(true);
		await page.goto(`${site.url}/stack/caching/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Caching');
		expect(errors).toEqual([]);
	});
});
