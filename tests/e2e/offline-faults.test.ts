import { renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useDistCopy } from './dist-copy.ts';
import { expectOnlineOnly, failureWarning, offlineCaches, waitUntilSaved } from './offline-helpers.ts';
import { useSite } from './test-utils.ts';

const dist = useDistCopy();
const site = useSite({ root: dist.root, serviceWorkers: 'allow' });

describe('when saving the site fails', () => {
	it('a missing file (404) leaves the site online-only with a clear message, and the next visit retries', async () => {
		const { page } = await site.newPage();
		const missing = dist.path('pagefind/wasm.en.pagefind');
		renameSync(missing, `${missing}.away`);

		const warning = failureWarning(page);
		await page.goto(`${site.url}/`);
		expect((await warning).text()).toContain('/pagefind/wasm.en.pagefind answered 404');
		await expectOnlineOnly(page, site.url);

		renameSync(`${missing}.away`, missing);
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		expect(await offlineCaches(page)).toHaveLength(1);
	});

	it('a full storage quota leaves the site online-only with a clear message, and the next visit retries', async () => {
		const { page, context } = await site.newPage();
		const cdp = await context.newCDPSession(page);
		// Far less than the site needs, so the install runs out of room part-way through.
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.url, quotaSize: 1024 * 1024 });

		const warning = failureWarning(page);
		await page.goto(`${site.url}/`);
		expect((await warning).text()).toContain('quota exceeded');
		await expectOnlineOnly(page, site.url);

		await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.url });
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		expect(await offlineCaches(page)).toHaveLength(1);
	});
});
