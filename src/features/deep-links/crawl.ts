import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../lib/files.ts';
import { readBuiltSite } from './built-site.ts';

export interface CrawlReport {
	pages: number;
	links: number;
	anchors: number;
	assets: number;
	external: number;
	broken: string[];
}

/**
 * Follows every href/src/srcset of every page in `dist` and every url() of its stylesheets, the way a
 * static host would serve them, and reports what does not resolve: a missing file, a missing anchor
 * (through a redirect page, the anchor must exist on the page it forwards to) or an id used twice.
 * `origin` is the site's public origin, so absolute links to it (canonical, og:url) count as internal.
 */
export function crawl(dist: string, origin: string): CrawlReport {
	const pages = readBuiltSite(dist);
	const report: CrawlReport = { pages: pages.size, links: 0, anchors: 0, assets: 0, external: 0, broken: [] };
	const fileFor = (pathname: string) => {
		const path = join(dist, decodeURIComponent(pathname));
		if (existsSync(path) && statSync(path).isFile()) return path;
		const index = join(path, 'index.html');
		return existsSync(index) ? index : undefined;
	};

	for (const page of pages.values()) {
		for (const id of page.duplicateIds) report.broken.push(`${page.address}: two elements have the id "${id}"`);
		const base = new URL(page.address, origin);
		for (const { attribute, url } of page.references) {
			if (/^(mailto|tel|data|javascript):/.test(url)) continue;
			const target = new URL(url, base);
			if (target.origin !== base.origin) {
				report.external++;
				continue;
			}
			const isPage = attribute === 'a[href]' || target.pathname.endsWith('/') || target.pathname.endsWith('.html');
			if (isPage) report.links++;
			else report.assets++;
			if (!fileFor(target.pathname)) {
				report.broken.push(`${page.address}: ${attribute} ${url} → no such file in dist/`);
				continue;
			}
			if (!target.hash || target.hash === '#') continue;
			report.anchors++;
			const id = decodeURIComponent(target.hash.slice(1));
			const linked = pages.get(target.pathname);
			const landing = linked?.redirectTo ? pages.get(linked.redirectTo) : linked;
			if (!landing?.ids.has(id))
				report.broken.push(`${page.address}: ${attribute} ${url} → no element with id "${id}"`);
		}
	}

	for (const css of filesUnder(dist, '**/*.css')) {
		const base = new URL(`/${relative(dist, css)}`, origin);
		for (const [, url = ''] of readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
			if (url.startsWith('data:') || url.startsWith('#')) continue;
			const target = new URL(url, base);
			if (target.origin !== base.origin) {
				report.external++;
				continue;
			}
			report.assets++;
			if (!fileFor(target.pathname)) report.broken.push(`${relative(dist, css)}: url(${url}) → no such file in dist/`);
		}
	}
	return report;
}
