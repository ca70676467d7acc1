import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from './axe.ts';
import { resultPages, resultsFor, search, searchDialog } from './search-utils.ts';
import { useSite } from './test-utils.ts';

const site = useSite();

async function openSearch(path = '/') {
	const opened = await site.newPage({ viewport: { width: 1280, height: 800 } });
	await opened.page.goto(`${site.url}${path}`);
	await opened.page.getByRole('button', { name: 'Search topics' }).click();
	await searchDialog(opened.page).input.waitFor();
	return opened;
}

/** Whether any element matching `selector` is on screen. */
const isInViewport = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((elements) =>
		elements.some((element) => {
			const box = element.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= window.innerHeight;
		}),
	);

describe('search: landing on the exact section', () => {
	it('opens a section result at its heading, with the searched word highlighted', async () => {
		const { page, errors } = await openSearch();
		await search(page, 'kafka');
		const { results } = searchDialog(page);
		await results.getByRole('link', { name: 'RabbitMQ vs Kafka' }).click();
		await page.waitForURL('**/stack/queues/?highlight=kafka#rabbitmq-vs-kafka');

		const heading = page.getByRole('heading', { name: 'RabbitMQ vs Kafka' });
		const box = await heading.boundingBox();
		expect(box?.y).toBeGreaterThanOrEqual(0);
		expect(box?.y).toBeLessThan(300);

		const marks = page.locator('main mark.search-hit');
		await marks.first().waitFor();
		expect(await marks.count()).toBeGreaterThan(3);
		expect(new Set(await marks.allTextContents())).toEqual(new Set(['Kafka']));
		// Only inside the indexed text: never in the Related block or in a diagram's SVG.
		expect(await page.locator('[data-pagefind-ignore] mark, svg mark').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('gets from a query to the highlighted paragraph with Enter', async () => {
		const { page } = await openSearch();
		await search(page, 'idempotency');
		await page.keyboard.press('Enter');
		await page.waitForURL(/highlight=idempotency/);
		await page.locator('mark.search-hit').first().waitFor();
		expect(await isInViewport(page, 'mark.search-hit')).toBe(true);
	});

	it('scrolls to the first hit when a page result has none near the top', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/stack/queues/?highlight=outbox`);
		await page.locator('mark.search-hit').first().waitFor();
		expect(await isInViewport(page, 'mark.search-hit')).toBe(true);
	});
});

describe('search: filters, aliases and suggestions', () => {
	it('narrows results to one section and says where else there are hits', async () => {
		const { page } = await openSearch();
		await search(page, 'kafka');
		const { dialog, results } = searchDialog(page);
		const glossary = dialog.getByRole('radio', { name: /Glossary/ });
		await glossary.check();
		await resultsFor(results, 'kafka');
		const pages = await resultPages(results);
		expect(pages.map((result) => result.path)).toEqual(['/glossary/']);
		expect(new URL(page.url()).searchParams.get('section')).toBe('glossary');

		await dialog.getByRole('radio', { name: /Trends/ }).check();
		await resultsFor(results, 'kafka');
		expect(await results.getByRole('link').count()).toBe(0);
		expect(await dialog.getByRole('paragraph').filter({ hasText: 'No results for “kafka” in Trends.' }).count()).toBe(
			1,
		);
		// The chips still count the matches in every section, so the reader sees where to go.
		expect(await dialog.locator('label', { hasText: 'Stack' }).textContent()).toMatch(/Stack\s*·?\s*1/);
	});

	it('finds a page by an alias that appears only in its frontmatter', async () => {
		const { page } = await openSearch();
		for (const [alias, path] of [
			['AppSec', '/foundations/security-basics/'],
			['MSA', '/architecture/microservices/'],
			['k8s', '/stack/containers/'],
		]) {
			await search(page, alias as string);
			expect((await resultPages(searchDialog(page).results))[0]?.path, alias).toBe(path);
		}
	});

	it('offers the site’s own spelling when a query finds nothing', async () => {
		const { page } = await openSearch();
		await search(page, 'kuberntes');
		const { dialog, input, results, suggestions } = searchDialog(page);
		expect(await dialog.getByText('No results for “kuberntes”. Did you mean:').isVisible()).toBe(true);
		// Pagefind answers the typo with pages that merely hold a word starting with "k": those are not shown.
		expect(await results.getByRole('link').count()).toBe(0);
		const suggestion = suggestions.getByRole('link', { name: 'Kubernetes' });
		expect(new URL((await suggestion.getAttribute('href')) ?? '', site.url).searchParams.get('search')).toBe(
			'Kubernetes',
		);
		await page.keyboard.press('ArrowDown');
		expect(await suggestion.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		await resultsFor(results, 'Kubernetes');
		expect(await input.inputValue()).toBe('Kubernetes');
		expect((await resultPages(results))[0]?.path).toBe('/stack/containers/');
	});

	it('indexes diagram text but no page chrome', async () => {
		const { page } = await openSearch();
		// Words that appear together only in the queues page's first diagram.
		await search(page, 'nightly report job broker exchange');
		const { results } = searchDialog(page);
		expect((await resultPages(results)).map((result) => result.path)).toContain('/stack/queues/');
		for (const chrome of [
			'Pages that link here',
			'Section titled',
			'Text in this diagram',
			'Before this',
			'Copy link to this section',
		]) {
			await search(page, chrome);
			const excerpts = (await results.count()) > 0 ? await results.textContent() : '';
			expect(excerpts, chrome).not.toContain(chrome);
		}
		// Chrome on every page ("Available offline" under each page) must not make every page match its words.
		const usesOffline = readdirSync('content/docs', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx') && /offline/i.test(readFileSync(join('content/docs', file), 'utf8')))
			.map((file) => `/${file.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '')}/`.replace('//', '/'));
		await search(page, 'offline');
		for (const { path } of await resultPages(results)) expect(usesOffline, path).toContain(path);

		// Pagination: "Next Caching with Redis" must not make the queues page match its neighbour's title.
		await search(page, 'caching with redis');
		const texts = (await results.textContent()) ?? '';
		expect(texts).not.toMatch(/\b(Next|Previous)\b/);
	});
});

describe('search: links and keyboard', () => {
	it('opens from a shared link with the query and section filled in', async () => {
		const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/foundations/what-is-backend/?search=kafka&section=stack`);
		const { dialog, input, results } = searchDialog(page);
		await resultsFor(results, 'kafka');
		expect(await dialog.isVisible()).toBe(true);
		expect(await input.inputValue()).toBe('kafka');
		expect(await dialog.getByRole('radio', { name: /Stack/ }).isChecked()).toBe(true);
		expect((await resultPages(results)).map((result) => result.path)).toEqual(['/stack/queues/']);

		await input.fill('redis');
		await resultsFor(results, 'redis');
		expect(new URL(page.url()).searchParams.get('search')).toBe('redis');
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => location.search === '');
		expect(await dialog.isVisible()).toBe(false);
		expect(errors).toEqual([]);
	});

	it('works from the keyboard: / and Ctrl+K open, arrows move through results, Esc closes and focus returns', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/stack/queues/`);
		const { dialog, input, results } = searchDialog(page);
		const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caching with Redis' });
		await link.focus();

		await page.keyboard.press('/');
		await dialog.waitFor();
		expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.type('cache');
		await resultsFor(results, 'cache');

		// Pagefind's results: ↓ moves focus from the field through the result links, ↑ from the first goes back.
		const links = await results.getByRole('link').all();
		const focused = (locator: Locator | undefined) =>
			locator?.evaluate((element) => element === document.activeElement) ?? false;
		await page.keyboard.press('ArrowDown');
		expect(await focused(links[0])).toBe(true);
		await page.keyboard.press('ArrowDown');
		expect(await focused(links[1])).toBe(true);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focused(input)).toBe(true);
		// Typing on a result goes back to the field.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.type('s');
		expect(await input.inputValue()).toBe('caches');

		await page.keyboard.press('Escape');
		expect(await dialog.isVisible()).toBe(false);
		expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);

		await page.keyboard.press('Control+k');
		await dialog.waitFor();
		await page.keyboard.press('Control+k');
		await dialog.waitFor({ state: 'hidden' });
	});

	it('has no accessibility violations with results showing', async () => {
		for (const theme of ['light', 'dark']) {
			const { page } = await site.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: theme as 'light' });
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto(`${site.url}/?search=kafka`);
			await resultsFor(searchDialog(page).results, 'kafka');
			const violations = await runAxe(page, 'dialog', {});
			expect(violations.map((violation) => `${theme}: ${violation.id} ${violation.nodes[0]?.html}`)).toEqual([]);
		}
	});
});

describe('search: the button', () => {
	// axe counts label-content-name-mismatch (WCAG 2.5.3) as experimental and leaves it out of its tag sets, so the
	// site-wide run does not include it: it is asked for by name here, on a page of each layout and at both widths.
	it.for([
		[375, '/'],
		[1280, '/'],
		[375, '/stack/queues/'],
		[1280, '/stack/queues/'],
	] as const)('at %i px on %s is named by its visible label', async ([width, path], { expect }) => {
		const { page } = await site.newPage({ viewport: { width, height: 800 } });
		await page.goto(`${site.url}${path}`);
		const button = page.getByRole('button', { name: 'Search topics', exact: true });
		// One role query can take seconds on a loaded machine; poll's default budget (1 s) is for one quick call.
		await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
		const violations = await runAxe(page, 'site-search', {
			runOnly: { type: 'rule', values: ['label-content-name-mismatch'] },
		});
		expect(violations.map((violation) => `${violation.id} ${violation.nodes[0]?.html}`)).toEqual([]);
		// The same check by hand: whatever text the button shows is part of its name.
		const visible = await button.evaluate((element) =>
			[...element.querySelectorAll<HTMLElement>(':scope > span, :scope > kbd')]
				.filter((part) => part.checkVisibility() && part.getBoundingClientRect().width > 1)
				.filter((part) => !part.closest('[aria-hidden="true"]'))
				.map((part) => part.textContent?.trim() ?? ''),
		);
		for (const text of visible) expect('Search topics').toContain(text);
		expect(visible).toEqual(width >= 800 ? ['Search topics'] : []);
	});
});

describe('search: bad input', () => {
	const queries = [
		'!!!???',
		'x'.repeat(500),
		'<img src=x onerror="window.__injected=1">',
		'<script>window.__injected=1</script>',
		'"><svg onload=window.__injected=1>',
		'микросервисы',
		'数据库',
		'%00%ff\\',
	];

	it('never throws, never injects markup, and says plainly when nothing matched', async () => {
		const { page, errors } = await openSearch();
		const alerts: string[] = [];
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			dialog.dismiss().catch(() => {});
		});
		const { dialog, input, results } = searchDialog(page);
		for (const query of queries) {
			await input.fill(query);
			const shown = await input.inputValue();
			expect(shown.length).toBeLessThanOrEqual(120);
			await resultsFor(results, shown.replace(/\s+/g, ' ').trim());
			expect(await dialog.locator('img, script, svg[onload], [onerror]').count(), query).toBe(0);
			const options = await results.getByRole('link').count();
			if (options > 0) continue;
			// The query comes back as plain text in the message (a corrected spelling may follow it).
			const message = dialog.getByRole('paragraph').filter({ hasText: /^No results for “/ });
			const said = `No results for “${shown.replace(/\s+/g, ' ').trim()}”.`;
			expect([said, `${said} Did you mean:`]).toContain(await message.textContent());
		}
		await input.fill('');
		await resultsFor(results, '');
		expect(await results.getByRole('link').count()).toBe(0);
		expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
		expect(alerts).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('treats a bad shared link the same way', async () => {
		const { page, errors } = await site.newPage();
		await page.goto(`${site.url}/?search=${encodeURIComponent('<img src=x onerror=alert(1)>')}&section=nonsense`);
		const { dialog, results } = searchDialog(page);
		await resultsFor(results, '<img src=x onerror=alert(1)>');
		expect(await dialog.getByRole('radio', { name: 'All' }).isChecked()).toBe(true);
		expect(await dialog.locator('img').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});
