import type { Locator, Page } from 'playwright-core';

/** The search dialog of a page, found the way a reader finds it: by role and name. */
export function searchDialog(page: Page) {
	const dialog = page.getByRole('dialog', { name: 'Search topics' });
	const input = dialog.getByRole('searchbox', { name: 'Search topics' });
	const results = dialog.getByRole('list', { name: 'Search results' });
	const suggestions = dialog.getByRole('list', { name: 'Did you mean' });
	return { dialog, input, results, suggestions };
}

/**
 * Waits until the dialog shows `query`: the status line marks the query it last answered (search-status.ts),
 * and Pagefind's results have drawn their first three rows (or were hidden as echoes of a misspelling).
 */
export async function resultsFor(results: Locator, query: string): Promise<void> {
	await results.page().waitForFunction(
		({ query }) => {
			const status = document.querySelector('search-status');
			const list = document.querySelector('pagefind-results');
			if (status?.getAttribute('data-query') !== query || status.getAttribute('aria-busy') !== 'false') return false;
			const rows = [...(list?.querySelectorAll(':scope > ul > li') ?? [])].slice(0, 3);
			return list?.hasAttribute('data-pf-hidden') || rows.every((row) => !row.hasAttribute('aria-hidden'));
		},
		{ query },
		{ timeout: 15_000 },
	);
}

/** Replaces the query as a reader would (select all, type) and waits for its results. */
export async function search(page: Page, query: string): Promise<void> {
	const { input, results } = searchDialog(page);
	await input.fill(query);
	await resultsFor(results, query.replace(/\s+/g, ' ').trim());
}

/** The result pages in order, each with the links it shows: the page first, then its sections. */
export async function resultPages(results: Locator): Promise<{ path: string; hrefs: string[] }[]> {
	const pages: { path: string; hrefs: string[] }[] = [];
	for (const item of await results.locator(':scope > li').all()) {
		const hrefs = await item.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		const first = hrefs[0];
		if (first) pages.push({ path: new URL(first).pathname, hrefs });
	}
	return pages;
}
