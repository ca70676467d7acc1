import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultPages, search, searchDialog } from './search-utils.ts';
import { useSite } from './test-utils.ts';

interface Case {
	query: string;
	/** The page that must be among the first three; with #anchor, that section must be one of its results. */
	expect: string;
	kind?: 'alias' | 'glossary' | 'typo';
}

const { queries } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as {
	queries: Case[];
};

const site = useSite();
let page: Page;

beforeAll(async () => {
	({ page } = await site.newPage({ viewport: { width: 1280, height: 800 } }));
	await page.goto(`${site.url}/`);
	await page.keyboard.press('Control+k');
	await searchDialog(page).input.waitFor();
});

describe('search relevance (tests/e2e/search-queries.json)', () => {
	it('has a query set worth trusting', () => {
		expect(queries.length).toBeGreaterThanOrEqual(30);
		expect(queries.filter((q) => q.kind === 'alias').map((q) => q.query)).toEqual(
			expect.arrayContaining(['k8s', 'postgres', 'JS', 'MQ', 'IaC']),
		);
		expect(queries.some((q) => q.kind === 'typo')).toBe(true);
	});

	it.each(queries)('“$query” has $expect in the top 3', async ({ query, expect: expected }) => {
		await search(page, query);
		const top = (await resultPages(searchDialog(page).results)).slice(0, 3);
		const [path, anchor] = expected.split('#');
		const hit = top.find((result) => result.path === path);
		expect(hit, `top 3 for “${query}”: ${top.map((result) => result.path).join(', ') || 'none'}`).toBeDefined();
		if (anchor) expect(hit?.hrefs.some((href) => new URL(href).hash === `#${anchor}`)).toBe(true);
	});
});
