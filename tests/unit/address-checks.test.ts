import { describe, expect, it } from 'vitest';
import { checkPageAddresses, checkRedirects } from '../../src/features/deep-links/address-checks.ts';
import { redirects } from '../../src/features/deep-links/redirects.ts';
import type { ContentPage } from '../../src/lib/content-pages.ts';
import { contentPages } from '../../src/lib/content-pages.ts';

const page = (
	id: string,
	section: string | undefined,
	file = `content/docs/${id}.mdx`,
	slugged = false,
): ContentPage => ({
	file,
	id,
	address: id === 'index' ? '/' : `/${id}/`,
	section,
	order: undefined,
	slugged,
});

describe('page addresses', () => {
	it('accepts the real site: short lowercase addresses under their sections, none shared', () => {
		const pages = contentPages(process.cwd(), `${process.cwd()}/content/docs`);
		expect(pages.length).toBeGreaterThan(40);
		expect(() => checkPageAddresses(pages)).not.toThrow();
		expect(pages.find((p) => p.id === 'stack/queues')?.address).toBe('/stack/queues/');
		expect(pages.find((p) => p.id === 'index')?.address).toBe('/');
	});

	it('refuses capitals or underscores in a file name', () => {
		expect(() => checkPageAddresses([page('stack/Message_Queues', 'stack')])).toThrowErrorMatchingInlineSnapshot(`
			[AuthorError: content/docs/stack/Message_Queues.mdx: its file name gives the address /stack/Message_Queues/, and "Message_Queues" is not lowercase words joined by hyphens
			  Fix: rename it with lowercase letters, digits and single hyphens (e.g. content/docs/stack/message-queues.mdx).]
		`);
	});

	it('refuses a page filed outside its section', () => {
		expect(() => checkPageAddresses([page('stack/go', 'languages')])).toThrow(
			'the page is in section "languages" but its address /stack/go/ is not under /languages/\n  Fix: move it to content/docs/languages/',
		);
	});

	it('refuses two files with one address, naming both', () => {
		const pages = [page('stack/queues', 'stack'), page('stack/queues', 'stack', 'content/docs/stack/queues/index.mdx')];
		expect(() => checkPageAddresses(pages)).toThrow(
			'content/docs/stack/queues/index.mdx: this page and content/docs/stack/queues.mdx both publish /stack/queues/',
		);
	});

	it('checks a frontmatter slug like a file name', () => {
		expect(() => checkPageAddresses([page('Stack/Queues', 'stack', 'content/docs/stack/q.mdx', true)])).toThrow(
			'its frontmatter slug "Stack/Queues" gives the address',
		);
	});

	it('refuses deep nesting and long names', () => {
		expect(() => checkPageAddresses([page('stack/queues/kafka', 'stack')])).toThrow('is nested 3 levels deep');
		expect(() => checkPageAddresses([page(`stack/${'a'.repeat(41)}`, 'stack')])).toThrow(
			'is longer than 40 characters',
		);
	});
});

describe('redirects', () => {
	const pages = ['/', '/stack/queues/', '/stack/containers/', '/languages/nodejs/'];
	const where = 'src/features/deep-links/redirects.ts';

	it('accepts the real redirects', () => {
		const real = contentPages(process.cwd(), `${process.cwd()}/content/docs`).map((p) => p.address);
		expect(() => checkRedirects(redirects, real, where)).not.toThrow();
	});

	it('refuses a redirect to nowhere and suggests the closest page', () => {
		expect(() => checkRedirects({ '/stack/mq/': '/stack/queue/' }, pages, where)).toThrowErrorMatchingInlineSnapshot(`
			[AuthorError: src/features/deep-links/redirects.ts: the redirect "/stack/mq/" → "/stack/queue/" points at /stack/queue/, which is not a page on this site
			  Fix: point it at a published page (did you mean /stack/queues/?).]
		`);
	});

	it('refuses a redirect that would hide a page', () => {
		expect(() => checkRedirects({ '/stack/queues/': '/stack/containers/' }, pages, where)).toThrow(
			'starts at a published page and would hide it',
		);
	});

	it('refuses chains, naming the final page', () => {
		expect(() =>
			checkRedirects({ '/stack/docker/': '/stack/k8s/', '/stack/k8s/': '/stack/containers/' }, pages, where),
		).toThrow('Fix: point "/stack/docker/" straight at "/stack/containers/".');
	});

	it('wants addresses with both slashes', () => {
		expect(() => checkRedirects({ '/stack/mq': '/stack/queues/' }, pages, where)).toThrow('start and end with "/"');
	});
});
