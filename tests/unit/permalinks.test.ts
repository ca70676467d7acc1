import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuiltPage, readBuiltSite } from '../../src/features/deep-links/built-site.ts';
import { brokenPermalinks, mergeLock, type PermalinkLock, unlisted } from '../../src/features/deep-links/permalinks.ts';

// A three-file build: a page with an alias, a redirect page to it, and the 404 page.
const site = readBuiltSite(join(process.cwd(), 'tests/fixtures/permalinks/build'));
const lock = (pages: Record<string, string[]>): PermalinkLock => ({ about: '', pages });

describe('reading a build', () => {
	it('finds pages by address, redirects and the anchors a link may land on', () => {
		expect([...site.keys()]).toEqual(['/404.html', '/stack/mq/', '/stack/queues/']);
		const queues = site.get('/stack/queues/') as BuiltPage;
		expect(queues.redirectTo).toBeUndefined();
		expect(site.get('/stack/mq/')?.redirectTo).toBe('/stack/queues/');
		expect([...queues.anchors]).toEqual([
			'_top',
			'starlight__on-this-page',
			'delivery-semantics',
			'delivery-guarantees',
			'idempotent-consumers',
			'fine-print',
		]);
	});

	it('records only content H2/H3 anchors and aliases in the lock, not the page chrome or H4', () => {
		expect(site.get('/stack/queues/')?.lockable).toEqual([
			'delivery-semantics',
			'delivery-guarantees',
			'idempotent-consumers',
		]);
	});

	it('collects every URL a page refers to, srcset candidates included', () => {
		expect(site.get('/stack/queues/')?.references.map((ref) => ref.url)).toEqual([
			'/_astro/site.css',
			'/',
			'/stack/mq/#delivery-guarantees',
			'/_astro/diagram.svg',
			'/_astro/diagram.svg',
			'/_astro/diagram@2x.svg',
		]);
	});
});

describe('the permalink lock', () => {
	it('adds what the build publishes, sorted, leaving the 404 page out', () => {
		expect(mergeLock(undefined, site).pages).toEqual({
			'/stack/mq/': [],
			'/stack/queues/': ['delivery-guarantees', 'delivery-semantics', 'idempotent-consumers'],
		});
	});

	it('never drops an entry, even one the build no longer has', () => {
		const merged = mergeLock(lock({ '/stack/old/': ['x'], '/stack/queues/': ['gone'] }), site);
		expect(merged.pages['/stack/old/']).toEqual(['x']);
		expect(merged.pages['/stack/queues/']).toContain('gone');
	});

	it('accepts entries that land directly, through a redirect, or through an anchor alias', () => {
		const entries = lock({
			'/stack/queues/': ['delivery-semantics', 'fine-print'],
			'/stack/mq/': ['idempotent-consumers'],
		});
		expect(brokenPermalinks(entries, site)).toEqual([]);
	});

	it('explains an address that no longer resolves', () => {
		expect(brokenPermalinks(lock({ '/stack/message-queues/': [] }), site)).toEqual([
			'/stack/message-queues/ no longer resolves. Add a redirect from "/stack/message-queues/" to the page that replaced it in src/features/deep-links/redirects.ts.',
		]);
	});

	it('explains a heading anchor that no longer lands, naming the page file', () => {
		expect(brokenPermalinks(lock({ '/stack/mq/': ['retries'] }), site)).toEqual([
			'content/docs/stack/queues.mdx: /stack/mq/#retries no longer lands on a heading of /stack/queues/. If the heading ' +
				'was reworded or removed, add `anchorAliases: { retries: <id of the heading that now covers it> }` to its ' +
				'frontmatter, or pin the old id on the reworded heading (`## New words {/* #retries */}`).',
		]);
	});

	it('lists what is published but not locked yet (allowed)', () => {
		expect(unlisted(lock({ '/stack/queues/': ['delivery-guarantees'] }), site)).toEqual([
			'/stack/mq/',
			'/stack/queues/#delivery-semantics',
			'/stack/queues/#idempotent-consumers',
		]);
	});
});
