import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/features/facts/registry.ts';
import { sitemapPaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';

const site = useSite();
const registry = loadRegistry();

describe('figures a reader can check', () => {
	it('shows a figure with a keyboard-reachable note that leads to its date and source', async () => {
		const fact = registry.get('dotnet-current-lts');
		expect(fact, 'languages/csharp uses dotnet-current-lts').toBeDefined();
		if (!fact) return;
		const { page, errors } = await site.newPage();
		await page.goto(`${site.url}/languages/csharp/`);
		const note = page.locator(`.fact-ref a[href="#fact-${fact.id}"]`).first();
		// What a screen reader announces: the number, the day it was checked and the source.
		expect(await note.ariaSnapshot()).toMatch(/^- link "figure \d+ ?, checked \d{1,2} \w+ \d{4} against (.+)"/);
		expect(await note.ariaSnapshot()).toContain(`against ${fact.sourceTitle}"`);
		await note.focus();
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest('.fact')?.textContent))
			.toContain(fact.value);
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).hash).toBe(`#fact-${fact.id}`);
		const entry = page.locator(`#fact-${fact.id}`);
		await expect.poll(() => entry.isVisible()).toBe(true);
		expect(await entry.locator('time').getAttribute('datetime')).toBe(fact.checked);
		expect(await entry.getByRole('link', { name: `${fact.sourceTitle} (another site)` }).getAttribute('href')).toBe(
			fact.source,
		);
		expect(errors).toEqual([]);
	});

	// The marks are written at build time (features/facts/outside-links.ts), so the built HTML is what readers get:
	// reading it is the same check as opening every page, without a browser.
	it('marks every link that leaves the site, on every page', () => {
		const unmarked: string[] = [];
		let outside = 0;
		for (const path of sitemapPaths()) {
			const tree = fromHtml(readFileSync(join('dist', path, 'index.html'), 'utf8'));
			visit(tree, 'element', (content) => {
				if (!String(content.properties.className ?? '').includes('sl-markdown-content')) return;
				visit(content, 'element', (link) => {
					const href = String(link.properties.href ?? '');
					if (link.tagName !== 'a' || !href.startsWith('http')) return;
					outside++;
					const classes = Array.isArray(link.properties.className) ? link.properties.className : [];
					const marked = classes.includes('outside-link') && /\(another site\)$/.test(textOf(link));
					if (!marked) unmarked.push(`${path}: ${href}`);
				});
				return SKIP;
			});
		}
		expect(outside, 'the Sources sections link out').toBeGreaterThan(120);
		expect(unmarked).toEqual([]);
	});
});
