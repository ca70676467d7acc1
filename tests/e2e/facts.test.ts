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

	it('marks every link that leaves the site, on every page', async () => {
		const { page } = await site.newPage();
		const unmarked: string[] = [];
		let outside = 0;
		for (const path of sitemapPaths()) {
			await page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' });
			const links = await page.$$eval('.sl-markdown-content a[href^="http"]', (anchors) =>
				anchors.map((a) => ({
					href: a.getAttribute('href') ?? '',
					marked: a.classList.contains('outside-link') && /\(another site\)$/.test(a.textContent ?? ''),
				})),
			);
			outside += links.length;
			unmarked.push(...links.filter((link) => !link.marked).map((link) => `${path}: ${link.href}`));
		}
		expect(outside, 'the Sources sections link out').toBeGreaterThan(120);
		expect(unmarked).toEqual([]);
	}, 120_000);
});
