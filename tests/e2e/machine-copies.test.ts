import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { site as origin } from '../../src/config/site.ts';
import { servedMarkup, textIn } from './served-markup.ts';
import { sitemapPaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';

const site = useSite();
const paths = sitemapPaths();
/** `/stack/queues/` → `/stack/queues.md`; the home page's copy is `/index.md`. */
const markdownPath = (path: string) => (path === '/' ? '/index.md' : `${path.slice(0, -1)}.md`);

describe('machine-readable copies', () => {
	it('/llms.txt lists every page in the sitemap with a one-line description', async () => {
		const { context } = await site.newPage();
		const response = await context.request.get(`${site.url}/llms.txt`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/plain');
		const text = await response.text();
		expect(text.startsWith('# Backend 2026\n\n> ')).toBe(true);
		const entries = text.split('\n').filter((line) => line.startsWith('- ['));
		expect(entries).toHaveLength(paths.length);
		for (const path of paths) {
			const entry = entries.find((line) => line.includes(`](${new URL(markdownPath(path), origin).href}): `));
			expect(entry, path).toBeDefined();
			expect(entry?.split('): ')[1]?.length, path).toBeGreaterThan(20);
		}
	});

	it('each page links its Markdown copy from the head, and the copy exists', async () => {
		const { context } = await site.newPage();
		for (const path of paths) {
			const root = await servedMarkup(`${site.url}${path}`);
			const links = selectAll('head link[rel="alternate"][type="text/markdown"]', root);
			expect(links, path).toHaveLength(1);
			const href = String(links[0]?.properties.href);
			expect(href).toBe(markdownPath(path));
			const response = await context.request.get(`${site.url}${href}`);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
			const title = textIn('main h1', root);
			expect((await response.text()).startsWith(`# ${title}\n`), path).toBe(true);
		}
	});

	it('the queues copy is plain Markdown with the diagram as Mermaid source and absolute links', async () => {
		const { context } = await site.newPage();
		const text = await (await context.request.get(`${site.url}/stack/queues.md`)).text();
		expect(text).toContain('```mermaid\nflowchart TD\n  accTitle: A work queue with producers and consumers');
		expect(text).toContain('> **Caution:** Publishing after a database commit');
		expect(text).toContain(`[microservices architecture](${new URL('/architecture/microservices/', origin).href})`);
		expect(text).not.toContain('@astrojs/starlight/components');
		expect(text).not.toMatch(/<\/?[A-Z][A-Za-z]*[\s>]/);
		expect(text).not.toContain('<svg');
	});

	it('serves robots.txt', async () => {
		const { context } = await site.newPage();
		const response = await context.request.get(`${site.url}/robots.txt`);
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain('User-agent: *');
	});
});
