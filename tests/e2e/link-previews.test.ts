import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { site as origin } from '../../src/config/site.ts';
import { servedMarkup, textIn } from './served-markup.ts';
import { builtPagePaths, pngSize, sitemapPaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';

const site = useSite();
const paths = sitemapPaths();
const publicUrl = (path: string) => new URL(path, origin).href;
/** The built pages name the public origin; the test server is on 127.0.0.1. */
const local = (url: string) => `${site.url}${new URL(url).pathname}`;

interface Head {
	path: string;
	h1: string;
	meta: Record<string, string[]>;
	canonical: string[];
	jsonLd: string[];
}

/** The head tags a link preview reads, from the served markup as its crawler parses it. */
async function readHead(path: string): Promise<Head> {
	const root = await servedMarkup(`${site.url}${path}`);
	const head = select('head', root);
	const meta: Record<string, string[]> = {};
	for (const tag of selectAll('meta[property], meta[name]', head)) {
		const key = String(tag.properties.property ?? tag.properties.name);
		meta[key] = [...(meta[key] ?? []), String(tag.properties.content ?? '')];
	}
	return {
		path,
		h1: textIn('h1', root),
		meta,
		canonical: selectAll('link[rel="canonical"]', head).map((link) => String(link.properties.href ?? '')),
		jsonLd: selectAll('script[type="application/ld+json"]', head).map((script) => textOf(script)),
	};
}

const heads: Head[] = [];

describe('link previews on every page in the sitemap', () => {
	beforeAll(async () => {
		for (const path of paths) heads.push(await readHead(path));
	}, 120_000);

	it('the sitemap lists every built page', () => {
		expect(paths.length).toBeGreaterThan(40);
		expect([...paths].sort()).toEqual(builtPagePaths().sort());
	});

	it('each page has its canonical URL and exactly one of each preview tag', () => {
		const single = (head: Head, key: string) => {
			expect(head.meta[key], `${head.path}: ${key}`).toHaveLength(1);
			return head.meta[key]?.[0] ?? '';
		};
		for (const head of heads) {
			const url = publicUrl(head.path);
			expect(head.canonical, head.path).toEqual([url]);
			expect(single(head, 'og:url')).toBe(url);
			expect(single(head, 'og:title')).toBe(head.path === '/' ? 'Backend 2026' : head.h1);
			expect(single(head, 'og:description')).toBe(single(head, 'description'));
			expect(single(head, 'og:type')).toBe(head.path === '/' ? 'website' : 'article');
			expect(single(head, 'og:site_name')).toBe('Backend 2026');
			expect(single(head, 'twitter:card')).toBe('summary_large_image');
			expect(single(head, 'og:image')).toBe(
				publicUrl(`/og${head.path === '/' ? '/index' : head.path.slice(0, -1)}.png`),
			);
			expect(single(head, 'og:image:width')).toBe('1200');
			expect(single(head, 'og:image:height')).toBe('630');
			expect(single(head, 'og:image:alt')).toContain(head.path === '/' ? 'Backend 2026' : head.h1);
			expect(single(head, 'twitter:image:alt')).toBe(single(head, 'og:image:alt'));
		}
	});

	it("each page's og:image is a 1200×630 PNG", async () => {
		const { context } = await site.newPage();
		for (const head of heads) {
			const response = await context.request.get(local(head.meta['og:image']?.[0] ?? ''));
			expect(response.status(), head.path).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			expect(pngSize(await response.body()), head.path).toEqual({ width: 1200, height: 630 });
		}
	});

	it('JSON-LD parses: a TechArticle and a section › page trail on topics, the WebSite on home', async () => {
		const { context } = await site.newPage();
		const home = await (await context.request.get(`${site.url}/`)).text();
		for (const head of heads) {
			const data = head.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
			const url = publicUrl(head.path);
			if (head.path === '/') {
				expect(data).toEqual([expect.objectContaining({ '@type': 'WebSite', url })]);
				continue;
			}
			const [article, trail] = data as [Record<string, unknown>, { itemListElement: Record<string, string>[] }];
			expect(article, head.path).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'TechArticle',
				headline: head.h1,
				url,
				image: head.meta['og:image']?.[0],
			});
			expect(trail).toMatchObject({ '@type': 'BreadcrumbList' });
			expect(trail.itemListElement.at(-1)).toMatchObject({ name: head.h1, item: url });
			expect(trail.itemListElement.map((item) => item.position)).toEqual(
				trail.itemListElement.map((_, index) => index + 1),
			);
			// The trail starts at the home page; a section crumb points at the section's heading in the home page's
			// map, and that anchor must exist.
			expect(trail.itemListElement[0]).toMatchObject({ name: 'Home', item: new URL('/', url).href });
			for (const crumb of trail.itemListElement.slice(1, -1)) {
				expect(home, `${head.path}: ${crumb.item}`).toContain(`id="${new URL(crumb.item ?? '').hash.slice(1)}"`);
			}
		}
	});
});
