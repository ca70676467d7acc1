import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site as origin } from '../../src/config/site.ts';
import { readBuiltSite } from '../../src/lib/built-site.ts';

const dist = join(process.cwd(), 'dist');
const pages = readBuiltSite(dist);

/** The file a site path is served from, like the static server does (directory → index.html). */
function fileFor(pathname: string): string | undefined {
	const path = join(dist, decodeURIComponent(pathname));
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

function cssFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		return entry.isDirectory() ? cssFiles(path) : entry.name.endsWith('.css') ? [path] : [];
	});
}

describe('a crawl of dist/', () => {
	it('finds no broken internal link, anchor or asset, and no id used twice on a page', () => {
		const counts = { pages: pages.size, links: 0, anchors: 0, assets: 0, external: 0 };
		const broken: string[] = [];
		for (const page of pages.values()) {
			for (const id of page.duplicateIds) broken.push(`${page.address}: two elements have the id "${id}"`);
			const base = new URL(page.address, origin);
			for (const { attribute, url } of page.references) {
				if (/^(mailto|tel|data|javascript):/.test(url)) continue;
				const target = new URL(url, base);
				if (target.origin !== base.origin) {
					counts.external++;
					continue;
				}
				const isPage = attribute === 'a[href]' || target.pathname.endsWith('/') || target.pathname.endsWith('.html');
				if (isPage) counts.links++;
				else counts.assets++;
				const file = fileFor(target.pathname);
				if (!file) {
					broken.push(`${page.address}: ${attribute} ${url} → no such file in dist/`);
					continue;
				}
				if (!target.hash || target.hash === '#') continue;
				counts.anchors++;
				const id = decodeURIComponent(target.hash.slice(1));
				const linked = pages.get(target.pathname);
				// A link through a redirect page counts when the page it forwards to has the anchor.
				const landing = linked?.redirectTo ? pages.get(linked.redirectTo) : linked;
				if (!landing?.ids.has(id)) broken.push(`${page.address}: ${attribute} ${url} → no element with id "${id}"`);
			}
		}
		// Stylesheets refer to fonts and images too.
		for (const css of cssFiles(dist)) {
			const base = new URL(`/${relative(dist, css)}`, origin);
			for (const [, url = ''] of readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
				if (url.startsWith('data:') || url.startsWith('#')) continue;
				const target = new URL(url, base);
				if (target.origin !== base.origin) {
					counts.external++;
					continue;
				}
				counts.assets++;
				if (!fileFor(target.pathname)) broken.push(`${relative(dist, css)}: url(${url}) → no such file in dist/`);
			}
		}
		console.log(
			`crawl of dist/: ${counts.pages} pages, ${counts.links} internal links, ${counts.anchors} anchors, ` +
				`${counts.assets} assets checked; ${counts.external} external references skipped; ${broken.length} broken`,
		);
		expect(broken).toEqual([]);
		expect(counts.links).toBeGreaterThan(1000);
	});

	it('has a robots.txt that names the sitemap, and the sitemap exists', () => {
		const robots = fileFor('/robots.txt');
		expect(robots).toBeDefined();
		const text = readFileSync(robots as string, 'utf8');
		expect(text).toContain(`Sitemap: ${new URL('sitemap-index.xml', origin).href}`);
		expect(fileFor('/sitemap-index.xml')).toBeDefined();
	});
});
