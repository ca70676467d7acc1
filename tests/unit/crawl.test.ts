import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl } from '../../src/features/deep-links/crawl.ts';

describe('crawl', () => {
	it('reports missing pages and assets, and follows an anchor through a redirect page', () => {
		// The fixture page links to /stack/mq/#delivery-guarantees (a redirect to a page that has it), and
		// to a home page, a stylesheet and two diagram images that the fixture does not contain.
		const report = crawl(join(process.cwd(), 'tests/fixtures/permalinks/build'), 'https://example.com');
		expect(report).toMatchObject({ pages: 3, anchors: 1 });
		expect(report.broken).toEqual([
			'/stack/queues/: link[href] /_astro/site.css → no such file in dist/',
			'/stack/queues/: a[href] / → no such file in dist/',
			'/stack/queues/: img[src] /_astro/diagram.svg → no such file in dist/',
			'/stack/queues/: img[srcSet] /_astro/diagram.svg → no such file in dist/',
			'/stack/queues/: img[srcSet] /_astro/diagram@2x.svg → no such file in dist/',
		]);
	});
});
