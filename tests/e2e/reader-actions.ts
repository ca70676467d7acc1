import type { Locator, Page } from 'playwright-core';

/** Opens the home page, presses Ctrl+K, types `query` and waits for the result link named by `name`. */
export async function searchFromHome(page: Page, url: string, query: string, name: RegExp): Promise<Locator> {
	await page.goto(`${url}/`);
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await dialog.waitFor();
	await page.keyboard.type(query);
	// Pagefind's results list: each result is a link to the page, then links to its matching sections.
	const result = dialog.getByRole('list', { name: 'Search results' }).getByRole('link', { name }).first();
	await result.waitFor({ timeout: 15_000 });
	return result;
}

/** What every reader does at least once: search for a topic, open the result, switch themes. */
export async function searchAndToggleTheme(page: Page, url: string): Promise<void> {
	const result = await searchFromHome(page, url, 'kafka', /queues/i);
	await result.click();
	await page.waitForURL('**/stack/queues/**');
	const theme = page.getByRole('combobox', { name: 'Select theme' }).first();
	for (const choice of ['dark', 'light', 'auto']) await theme.selectOption(choice);
	await page.waitForLoadState('networkidle');
}
