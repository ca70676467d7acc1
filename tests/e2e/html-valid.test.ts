import { join, relative } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';

// Every HTML file in the build, including pages outside the sitemap (404). Rules: .htmlvalidate.mjs.
const dist = join(process.cwd(), 'dist');
const files = filesUnder(dist, '**/*.html').map((file) => relative(dist, file));
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe('html-validate', () => {
	it('finds the built pages', () => {
		expect(files.length).toBeGreaterThan(40);
	});

	it.for(files)('dist/%s is valid HTML', async (file, { expect }) => {
		const report = await validator.validateFile(join(dist, file));
		expect(report.valid, format(report.results).replaceAll(`${dist}/`, 'dist/')).toBe(true);
	});
});
