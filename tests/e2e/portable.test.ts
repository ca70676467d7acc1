import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { type Browser, chromium, type Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { archiveFile, archiveFolder } from '../../src/features/portable/build/paths.ts';

// Issue 19: the archive in dist/, unpacked into a temporary folder and opened from file:// with no server.
let folder = '';
let folderUrl = '';
let browser: Browser;
let files: string[] = [];

beforeAll(async () => {
	const archive = readFileSync(join(process.cwd(), 'dist', archiveFile));
	const temp = mkdtempSync(join(tmpdir(), 'portable-'));
	for (const [name, data] of Object.entries(unzipSync(archive))) {
		mkdirSync(dirname(join(temp, name)), { recursive: true });
		writeFileSync(join(temp, name), data);
	}
	folder = join(temp, archiveFolder);
	folderUrl = `${pathToFileURL(folder).href}/`;
	files = Object.keys(unzipSync(archive)).map((name) => name.slice(archiveFolder.length + 1));
	browser = await chromium.connect(inject('browserEndpoint'));
});
afterAll(async () => {
	await browser?.close();
	if (folder) rmSync(dirname(folder), { recursive: true, force: true });
});

/** A page that records console errors and every request outside the folder. */
async function openPage() {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	const outside: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(folderUrl) && !url.startsWith('data:')) outside.push(url);
	});
	return { page, context, errors, outside };
}

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

async function search(page: Page, term: string) {
	await page.getByRole('button', { name: 'Search topics' }).click();
	const field = page.getByRole('searchbox', { name: 'Search topics' });
	await field.fill(term);
	const results = page.locator('pagefind-results .pf-result');
	await eventually(() => results.count()).toBeGreaterThan(0);
	return results;
}

describe('the portable copy from file://', () => {
	it('has every page, addresses only inside the folder, and no online-only parts', () => {
		const pages = files.filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(80);
		expect(files).not.toContain('sw.js');
		expect(files.some((file) => file.endsWith('.md') || file.startsWith('og/'))).toBe(false);
		const loads = new Set(['script', 'img', 'source', 'iframe', 'video', 'audio']);
		// A canonical or alternate <link> names an address; these make the browser fetch one.
		const fetchedRel = /^(stylesheet|icon|shortcut|preload|modulepreload|prefetch|manifest|apple-touch-icon)$/;
		const isLoad = (node: Element) =>
			loads.has(node.tagName) ||
			(node.tagName === 'link' &&
				((node.properties.rel as string[] | undefined) ?? []).some((rel) => fetchedRel.test(rel)));
		const problems: string[] = [];
		for (const file of pages) {
			const base = new URL(file, folderUrl);
			visit(fromHtml(readFileSync(join(folder, file), 'utf8')), 'element', (node: Element) => {
				if (node.properties.dataPortableDownload !== undefined || node.properties.dataOffline !== undefined)
					problems.push(`${file}: online-only <${node.tagName}> kept`);
				for (const name of ['href', 'src']) {
					const value = node.properties[name];
					if (typeof value !== 'string' || value.startsWith('#')) continue;
					const url = new URL(value, base);
					if (url.protocol === 'file:') {
						const path = decodeURIComponent(url.pathname).slice(new URL(folderUrl).pathname.length);
						if (!url.href.startsWith(folderUrl) || !files.includes(path)) problems.push(`${file}: ${name}=${value}`);
					} else if (isLoad(node) && url.protocol !== 'data:') problems.push(`${file}: loads ${value}`);
				}
			});
		}
		expect(problems).toEqual([]);
	});

	it('opens, says its edition, follows links across sections, switches theme, with no error or outside request', async () => {
		const { page, context, errors, outside } = await openPage();
		await page.goto(`${folderUrl}index.html`);
		expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain('Backend 2026');
		expect(await page.locator('.portable-edition').first().textContent()).toMatch(
			/portable copy of Backend 2026, edition of \d{1,2} \w+ 20\d\d/,
		);
		expect(await page.getByRole('link', { name: 'Download the whole site' }).count()).toBe(0);
		// Styled: Starlight's header is fixed at the top, which unstyled HTML would not be.
		expect(await page.locator('header.header').evaluate((element) => getComputedStyle(element).position)).toBe('fixed');

		// The home page is a splash page without sidebar: in through its first button, to the Career section.
		await page.getByRole('link', { name: 'Start the learning path' }).click();
		await page.waitForLoadState('load');
		expect(page.url()).toBe(`${folderUrl}career/learning-path/index.html`);
		for (const [section, name, heading] of [
			['Foundations', 'The request–response model', /request–response/i],
			['Languages', 'Go (Golang)', /Go/],
			['The stack', 'Message queues and asynchronous processing', /Message queues/],
		] as const) {
			await page.locator('#starlight__sidebar').getByRole('link', { name, exact: true }).click();
			await page.waitForLoadState('load');
			expect(page.url(), section).toMatch(new RegExp(`^${folderUrl}.+/index\\.html$`));
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(heading);
		}
		// A link inside an article, to another section.
		await page.locator('main').getByRole('link', { name: 'The request–response model' }).first().click();
		await page.waitForLoadState('load');
		expect(page.url()).toBe(`${folderUrl}foundations/request-response/index.html`);

		const theme = page.getByRole('combobox', { name: 'Select theme' }).first();
		await theme.selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.goto(`${folderUrl}stack/queues/index.html`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await theme.selectOption('light');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('searches with results and sections, and a result opens with the words highlighted', async () => {
		const { page, context, errors, outside } = await openPage();
		await page.goto(`${folderUrl}apis/graphql/index.html`);
		for (const [term, title] of [
			['kafka', 'Message queues and asynchronous processing'],
			['idempotency', 'Designing HTTP APIs'],
			['dataloader', 'GraphQL in depth'],
		] as const) {
			const results = await search(page, term);
			// Pagefind fills each result in as it scrolls into view: the first three are there at once.
			await eventually(async () => (await results.locator('.pf-result-title').allTextContents()).slice(0, 3)).toEqual(
				expect.arrayContaining([expect.stringContaining(title)]),
			);
			expect(await page.locator('pagefind-results .pf-heading-chip').count(), term).toBeGreaterThan(0);
			if (term !== 'dataloader') await page.keyboard.press('Escape');
		}
		const first = page.locator('pagefind-results .pf-result-link').first();
		expect(await first.getAttribute('href')).toMatch(/^(\.\.\/)+apis\/graphql\/index\.html\?highlight=dataloader$/);
		await first.click();
		await page.waitForLoadState('load');
		expect(page.url()).toBe(`${folderUrl}apis/graphql/index.html?highlight=dataloader`);
		await eventually(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
		expect((await page.locator('mark.search-hit').first().textContent())?.toLowerCase()).toContain('dataloader');

		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});
});
