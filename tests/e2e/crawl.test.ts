import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site as origin } from '../../src/config/site.ts';
import { crawl } from '../../src/features/deep-links/crawl.ts';

const dist = join(process.cwd(), 'dist');

describe('a crawl of dist/', () => {
	it('finds no broken internal link, anchor or asset, and no id used twice on a page', () => {
		const report = crawl(dist, origin);
		console.log(
			`crawl of dist/: ${report.pages} pages, ${report.links} internal links, ${report.anchors} anchors, ` +
				`${report.assets} assets checked; ${report.external} external references skipped; ${report.broken.length} broken`,
		);
		expect(report.broken).toEqual([]);
		expect(report.links).toBeGreaterThan(1000);
		expect(report.anchors).toBeGreaterThan(100);
	});

	it('has a robots.txt that names the sitemap, and the sitemap exists', () => {
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', origin).href}`);
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
	});
});
