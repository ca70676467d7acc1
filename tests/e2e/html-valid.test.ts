import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

// Every HTML file in the build, including pages outside the sitemap (404). Rules: .htmlvalidate.mjs.
const dist = join(process.cwd(), 'dist');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.sort();
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
