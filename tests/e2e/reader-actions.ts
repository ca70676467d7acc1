import type { Page } from 'playwright-core';

/** What every reader does at least once: search for a topic, open the result, switch themes. */
export async function searchAndToggleTheme(page: Page, url: string): Promise<void> {
	await page.goto(`${url}/`);
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await dialog.waitFor();
	await page.keyboard.type('kafka');
	// Results are options of the search listbox; each option is the link itself.
	const result = dialog.getByRole('option', { name: /queues/i }).first();
	await result.waitFor({ timeout: 15_000 });
	await result.click();
	await page.waitForURL('**/stack/queues/**');
	const theme = page.getByRole('combobox', { name: 'Select theme' }).first();
	for (const choice of ['dark', 'light', 'auto']) await theme.selectOption(choice);
	await page.waitForLoadState('networkidle');
}
