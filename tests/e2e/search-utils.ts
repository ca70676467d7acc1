import type { Locator, Page } from 'playwright-core';

/** The search dialog of a page, found the way a reader finds it: by role and name. */
export function searchDialog(page: Page) {
	const dialog = page.getByRole('dialog', { name: 'Search topics' });
	const input = dialog.getByRole('combobox', { name: 'Search topics' });
	const results = dialog.getByRole('listbox', { name: 'Search results' });
	return { dialog, input, results };
}

/** Waits until the results list shows `query` (the dialog marks which query it last rendered). */
export async function resultsFor(results: Locator, query: string): Promise<void> {
	await results.page().waitForFunction(
		({ query }) => {
			const list = document.querySelector('[role="listbox"]');
			return list?.getAttribute('data-query') === query && list.getAttribute('aria-busy') === 'false';
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

/** The result pages in order: each page is a group named after it; "Did you mean" is left out. */
export async function resultPages(results: Locator): Promise<{ path: string; hrefs: string[] }[]> {
	const groups = await results.getByRole('group').all();
	const pages: { path: string; hrefs: string[] }[] = [];
	for (const group of groups) {
		if ((await group.getAttribute('aria-label')) === 'Did you mean') continue;
		const hrefs = await group
			.getByRole('option')
			.evaluateAll((options) => options.map((o) => (o as HTMLAnchorElement).href));
		const first = hrefs[0];
		if (first) pages.push({ path: new URL(first).pathname, hrefs });
	}
	return pages;
}
