import type { Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { describeViolation, runAxe } from './axe.ts';
import { watchPageHealth } from './page-health.ts';
import { sitemapPaths } from './sitemap.ts';
import { useSite } from './test-utils.ts';
import { measureTextContrast } from './text-contrast.ts';

const site = useSite();

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Empty: every rule in the tags above runs.
 * (Add an entry only with the reason a reviewer can check, e.g. a false positive with its axe issue.)
 */
const ignoredRules: Record<string, string> = {};

/** axe's experimental rules the site must pass too: a control's name contains its visible label (WCAG 2.5.3). */
const experimentalRules = ['label-content-name-mismatch'];

/** The rules in those tags whose result depends on colours: the only ones the theme can change. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** WCAG 1.4.3: 4.5:1 for body-size text. Diagram labels are 14–16 px and code 14 px, never "large text". */
const minimumTextContrast = 4.5;

/** What Starlight's phone layout draws differently from the laptop one: the header, "On this page", the footer. */
const phoneChrome = ['header', 'mobile-starlight-toc', 'footer'];

/**
 * A first visit in the light theme. The offline worker is blocked: on a first visit it saves the whole site in the
 * background (11 MB), work that would run beside every check here and changes nothing they look at; the offline
 * tests check the worker and its notices.
 */
const reader = { colorScheme: 'light', serviceWorkers: 'block' } as const;

/**
 * Browser tabs reused from one page's check to the next, one per check running at a time. A new context costs a
 * new renderer process, and a renderer that has run axe before compiles it again from its cache: together about
 * 3 s a page on this machine. Each reuse starts from a first visit's state (laptop size, light system theme); the
 * checks store nothing in the page. Each tab's pages are watched for CSP violations, errors and requests to other
 * sites (page-health.ts) while they are checked: the one load of every page serves both.
 */
type Reader = { page: Page; context: BrowserContext; health: Awaited<ReturnType<typeof watchPageHealth>> };
const readers = {
	idle: [] as Reader[],
	async take(): Promise<Reader> {
		const reused = this.idle.pop();
		if (!reused) {
			const { page, context } = await site.newPage({ ...reader, viewport: { width: 1280, height: 800 } });
			return { page, context, health: await watchPageHealth(context, site.url) };
		}
		await reused.page.setViewportSize({ width: 1280, height: 800 });
		await reused.page.emulateMedia({ colorScheme: 'light' });
		return reused;
	},
	give(tab: Reader) {
		this.idle.push(tab);
	},
};
afterAll(() => Promise.all(readers.idle.map((tab) => tab.context.close())));

// The 404 page is not in the sitemap but readers land on it, so it is checked too.
const pages = [...sitemapPaths(), '/404.html'];

const wholePage = { include: [['html']] };

/**
 * The page without the insides of code blocks. Expressive Code draws each token as a plain span, with no role,
 * name, link or image for a structure rule to check, and several thousand of them make up most of a page's
 * elements; the block itself (its scrollable, focusable \`pre\`, copy button and frame) stays in.
 */
const outsideCodeTokens = { include: [['html']], exclude: [['.expressive-code pre > code']] };

/** Colours everywhere but on code tokens, which text-contrast.ts measures. */
const pageColours = { include: [['html']], exclude: [['.expressive-code pre']] };

/**
 * The rules in the tags (and the experimental ones) on the page outside code tokens, optionally without the colour
 * rules. Each axe run first rebuilds its copy of the whole DOM, so where structure and colours are both checked they
 * share one run. (Colour rules see the code block's `pre` here, which holds no text of its own; its tokens are
 * measured by text-contrast.ts.) `preload: false` skips fetching and parsing every stylesheet again, which only
 * css-orientation-lock reads: the stylesheets are the same at every width, so it runs once per page, at 1280 px.
 */
const pageRules = (page: Page, { colours, preload }: { colours: boolean; preload: boolean }) =>
	runAxe(page, outsideCodeTokens, {
		runOnly: { type: 'tag', values: tags },
		preload,
		rules: Object.fromEntries([
			...[...Object.keys(ignoredRules), ...(colours ? [] : colourRules)].map((rule) => [rule, { enabled: false }]),
			// An explicit `enabled` wins over the tag filter in axe, so these run although no tag names them.
			...experimentalRules.map((rule) => [rule, { enabled: true }]),
		]),
	});

const colours = (page: Page, context: Parameters<typeof runAxe>[1]) =>
	runAxe(page, context, {
		runOnly: { type: 'rule', values: colourRules.filter((rule) => !(rule in ignoredRules)) },
	});

/**
 * The reader's own theme switch: Starlight follows the system colour scheme ("Auto"), so emulating the other
 * scheme re-themes the loaded page in place, the same DOM and layout with other custom properties.
 */
async function switchTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, theme);
}

const lowTextContrast = async (page: Page) =>
	(await page.evaluate(measureTextContrast)).filter((text) => text.ratio < minimumTextContrast);

/**
 * Every page is loaded once, as a reader on a laptop would, then re-themed and resized in place, as a reader does
 * with the theme switch, a narrower window or zoom; each rule runs where its result can differ. The theme changes
 * custom properties only, so the dark theme needs only the colour rules. The phone layout changes layout, not the
 * content's colours, so at 375 px every rule runs but colours are measured on the parts it draws differently.
 * Code-block tokens and diagram labels are measured by text-contrast.ts (see there why), everything else by axe.
 */
// Two pages at a time: axe is CPU-bound in Chromium and the machine has two cores.
describe.concurrent('accessibility of every page', () => {
	it.for(pages)(
		'%s: axe-core and text contrast at 1280 and 375 px in both themes, reflow at 320 px; no CSP violation, error or outside request',
		async (path, { expect }) => {
			const tab = await readers.take();
			const { page, context } = tab;
			let passed = false;
			const found = async (where: string, violations: Promise<Result[]>) =>
				expect((await violations).map(describeViolation), where).toEqual([]);
			try {
				await page.goto(`${site.url}${path}`);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
				await found('1280 px, light', pageRules(page, { colours: true, preload: true }));
				expect(await lowTextContrast(page), '1280 px, light').toEqual([]);
				await switchTheme(page, 'dark');
				await found('1280 px, dark', colours(page, pageColours));
				expect(await lowTextContrast(page), '1280 px, dark').toEqual([]);

				await page.setViewportSize({ width: 375, height: 812 });
				const chrome = {
					include: await page.evaluate(
						(selectors) => selectors.filter((selector) => document.querySelector(selector)).map((s) => [s]),
						phoneChrome,
					),
				};
				await found('375 px, dark', pageRules(page, { colours: false, preload: false }));
				await found('375 px, dark', colours(page, chrome));
				await switchTheme(page, 'light');
				await found('375 px, light', colours(page, chrome));

				// WCAG 1.4.10: 1280 px zoomed to 400% is 320 CSS px wide.
				await page.setViewportSize({ width: 320, height: 640 });
				// Expressive Code makes an overflowing code block focusable 250 ms after a resize, once the browser is idle
				// (its ResizeObserver is debounced): wait for that, up to 5 s, and let axe report any block still left out.
				await page
					.waitForFunction(
						() =>
							[...document.querySelectorAll('.expressive-code pre')].every(
								(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
							),
						undefined,
						{ timeout: 5_000 },
					)
					.catch(() => {});
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
				expect(overflow, '320 px: page wider than the screen by').toBeLessThanOrEqual(0);
				await found(
					'320 px',
					runAxe(page, wholePage, {
						runOnly: { type: 'rule', values: ['scrollable-region-focusable', 'target-size'] },
					}),
				);
				// Everything the page did while it was checked: loading, two themes, three widths.
				const { problems, requests } = tab.health.take();
				expect(problems, 'CSP violations, errors and requests to other sites').toEqual([]);
				expect(requests, 'requests seen (the watch works)').toBeGreaterThan(0);
				passed = true;
			} finally {
				// A page that failed may be left in any state: it is closed, and the next check gets a fresh one.
				if (passed) readers.give(tab);
				else await context.close();
			}
		},
	);
});
