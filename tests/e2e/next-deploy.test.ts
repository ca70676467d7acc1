import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precacheList } from '../../src/features/offline/build/generate.ts';
import { runAxe } from './axe.ts';
import { editFile, useDistCopy } from './dist-copy.ts';
import { offlineCaches, search, waitUntilSaved } from './offline-helpers.ts';
import { buildProjectCopy, differingFiles, type ProjectCopy } from './project-copy.ts';
import { useSite } from './test-utils.ts';

const served = useDistCopy();
const site = useSite({ root: served.root, serviceWorkers: 'allow' });

const changedPage = 'stack/queues/index.html';
const oldSentence =
	'This makes responses faster, absorbs traffic spikes, and lets failed work be retried instead of lost.';
const newSentence = 'Quokkasync: this sentence exists only in the second build of the offline update test.';

// Two clean builds in other folders, made side by side (a build keeps about 1.3 of the machine's 2 cores busy, so
// the pair takes about 85 s instead of 105): the same sources, and the next deploy, the sources with one sentence
// of one page changed.
let same: ProjectCopy | undefined;
let next: ProjectCopy | undefined;
beforeAll(async () => {
	const builds = await Promise.allSettled([
		buildProjectCopy(),
		buildProjectCopy((root) => editFile(join(root, 'content/docs/stack/queues.mdx'), oldSentence, newSentence)),
	]);
	[same, next] = builds.map((build) => (build.status === 'fulfilled' ? build.value : undefined));
	const failed = builds.find((build) => build.status === 'rejected');
	if (failed) throw failed.reason;
}, 900_000);
afterAll(() => {
	same?.remove();
	next?.remove();
});

describe('the build', () => {
	it('is reproducible: a clean build of the same sources in another folder is byte-identical to dist/', () => {
		// Every file of both builds is compared; a failure lists the files that differ.
		expect(differingFiles(join(process.cwd(), 'dist'), (same as ProjectCopy).dist)).toEqual([]);
	});
});

describe('a new deploy', () => {
	it('downloads only the changed page and search files, is offered with a notice, and takes over on Reload', async () => {
		const nextDist = (next as ProjectCopy).dist;
		const nextList = await precacheList(nextDist);
		const saved = new Set(nextList.entries.map((entry) => entry.url));
		// Files of the new build that are saved for offline reading and whose bytes differ from the old build.
		const changed = differingFiles(join(process.cwd(), 'dist'), nextDist).filter((file) => saved.has(file));
		// A one-sentence edit changes that page and the search index (its fragment, the index chunks holding the
		// words, the entry file that names them) and nothing else, because the build is reproducible.
		expect(changed).toContain(changedPage);
		expect(changed.some((file) => file.startsWith('pagefind/'))).toBe(true);
		expect(changed.filter((file) => file !== changedPage && !file.startsWith('pagefind/'))).toEqual([]);

		const { page, context, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/`);
		await waitUntilSaved(page);
		const [cache] = await offlineCaches(page);

		// The reader is away while the new build is deployed.
		await context.setOffline(true);
		served.deploy(nextDist);

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
		const violations = await runAxe(page, '.offline-notices', {});
		expect(violations.map((violation) => violation.id)).toEqual([]);
		// Workbox keeps each file under its content hash: only what changed is downloaded, each file once.
		expect(downloaded.sort()).toEqual(changed.map((file) => `/${file}`));

		// Until the reader chooses Reload, every page still comes from the old deploy.
		await page.goto(`${site.url}/stack/queues/`);
		await page.getByText(oldSentence).waitFor();
		await notice.waitFor();

		await notice.getByRole('button', { name: 'Reload' }).click();
		await page.getByText(newSentence).waitFor({ timeout: 30_000 });
		await waitUntilSaved(page);
		expect(await notice.isVisible()).toBe(false);
		// Still one cache; the old deploy's entries are gone, exactly the new deploy's remain.
		expect(await offlineCaches(page)).toEqual([cache]);
		const keys = await page.evaluate(
			async (name) => (await (await caches.open(name)).keys()).map((request) => request.url),
			cache as string,
		);
		const revision = nextList.entries.find((entry) => entry.url === changedPage)?.revision;
		expect(keys).toContain(`${site.url}/${changedPage}?__WB_REVISION__=${revision}`);
		expect(keys).toHaveLength(nextList.count);

		// And the new deploy is complete offline, its changed search files included.
		await context.setOffline(true);
		await page.goto(`${site.url}/stack/caching/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Caching');
		await search(page, 'quokkasync', /queues/i);
		expect(errors).toEqual([]);
	});
});
