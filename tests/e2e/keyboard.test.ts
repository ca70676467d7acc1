import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './test-utils.ts';

const site = useSite();

interface Focused {
	name: string;
	region: 'skip' | 'header' | 'sidebar' | 'toc' | 'content' | 'search' | 'other';
	/** A ring a sighted keyboard user can see: an outline of 2px or more, inside the viewport. */
	ring: boolean;
	ringDetail: string;
}

const focused = (page: Page): Promise<Focused> =>
	page.evaluate(async () => {
		// Pagefind fades its ring in: read the ring once its transitions have settled, not half-drawn.
		const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
		await Promise.all(transitions.map((transition) => transition.finished.catch(() => {})));
		const element = document.activeElement as HTMLElement;
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
		const width = Number.parseFloat(style.outlineWidth);
		const card = element.closest('.pf-result-card, .pf-heading-chip') ?? element;
		const shadow = getComputedStyle(card).boxShadow;
		const region = element.matches('.sl-skip-link, a[href="#_top"]:first-of-type')
			? 'skip'
			: element.closest('dialog')
				? 'search'
				: element.closest('nav[aria-label="Main"]')
					? 'sidebar'
					: element.closest('.sl-markdown-content')
						? 'content'
						: element.closest('starlight-toc, mobile-starlight-toc')
							? 'toc'
							: // Under the title, before the Markdown: "Mark as done".
								element.closest('main')
								? 'content'
								: element.closest('header')
									? 'header'
									: 'other';
		return {
			name: (element.getAttribute('aria-label') || element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
			region,
			// Pagefind's search field and results draw their ring as a 2 px box-shadow, on the field or the result's card.
			ring:
				element.matches(':focus-visible') &&
				inView &&
				((style.outlineStyle !== 'none' && width >= 2) || / 0px 0px 0px ([2-9]|\d{2,})(\.\d+)?px/.test(shadow)),
			ringDetail: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, shadow ${shadow}, in view: ${inView}`,
		};
	});

/** Presses a key until focus lands in the wanted region; fails rather than looping forever. */
async function pressUntil(page: Page, key: string, region: Focused['region'], limit = 150): Promise<Focused> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press(key);
		const now = await focused(page);
		if (now.region === region) return now;
	}
	throw new Error(`${limit} presses of ${key} never reached the ${region}`);
}

const expectRing = (stop: Focused) => expect(stop.ring, `${stop.region} "${stop.name}": ${stop.ringDetail}`).toBe(true);

describe('a keyboard-only reader', () => {
	it('walks skip link → sidebar → content → search → theme switch, seeing the focus at every stop', async () => {
		const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/foundations/what-is-backend/`);

		const skip = await pressUntil(page, 'Tab', 'skip', 1);
		expect(skip.name).toBe('Skip to content');
		expectRing(skip);

		const sidebar = await pressUntil(page, 'Tab', 'sidebar', 10);
		expectRing(sidebar);

		const content = await pressUntil(page, 'Tab', 'content');
		expectRing(content);

		await page.keyboard.press('Control+k');
		const search = await focused(page);
		expect(search.region).toBe('search');
		expectRing(search);
		await page.keyboard.type('kafka');
		// Pagefind's results: ↓ moves focus (and its ring) from the field through the result links.
		await page
			.getByRole('dialog')
			.getByRole('link', { name: /queues/i })
			.first()
			.waitFor({ timeout: 15_000 });
		const activeText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
		for (let step = 0; step < 10 && !/queues/i.test(await activeText()); step++) await page.keyboard.press('ArrowDown');
		expect(await activeText()).toMatch(/queues/i);
		expectRing(await focused(page));
		await page.keyboard.press('Enter');
		await page.waitForURL('**/stack/queues/**');

		// The result opens at the matching heading, so the theme switch is behind us: walk back up.
		// Back through the content above the heading and every sidebar link (one per page, so the limit grows with the site).
		const theme = await pressUntil(page, 'Shift+Tab', 'header', 400);
		const themeSelect = page.getByRole('combobox', { name: 'Select theme' }).first();
		await expect(themeSelect.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		expectRing(theme);
		const before = await page.evaluate(() => document.documentElement.dataset.theme);
		// Type-ahead picks the option by its first letter, as on any native select.
		await page.keyboard.press(before === 'dark' ? 'l' : 'd');
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.not.toBe(before);
		expect(errors).toEqual([]);
	});

	it('skips the header and sidebar with the skip link', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/stack/queues/`);
		await pressUntil(page, 'Tab', 'skip', 1);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const next = await focused(page);
		expect(['content', 'toc']).toContain(next.region);
		expectRing(next);
	});
});
