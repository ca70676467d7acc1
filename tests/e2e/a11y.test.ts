import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
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

const describeViolation = (violation: Result) =>
	`${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
		.slice(0, 5)
		.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
		.join('\n')}`;

// The 404 page is not in the sitemap but readers land on it, so it is checked too.
const pages = [...sitemapPaths(), '/404.html'];

/** What Starlight's phone layout draws differently from the laptop one: the header, "On this page", the footer. */
const phoneChrome = ['header', 'mobile-starlight-toc', 'footer'];

/**
 * Every page is checked in four passes, and each rule runs where its result can differ. The theme switch changes
 * custom properties only (same DOM, same layout), so the dark theme needs only the colour rules; the phone layout
 * changes layout, not the content's colours, so at 375 px every rule runs except that colours are measured on
 * the parts the phone layout draws differently. Code-block tokens and diagram labels are measured by
 * text-contrast.ts (see there why), everything else by axe-core.
 */
const passes = [
	{ theme: 'light', width: 1280, height: 800, structure: true, colours: 'page' },
	{ theme: 'dark', width: 1280, height: 800, structure: false, colours: 'page' },
	{ theme: 'light', width: 375, height: 812, structure: true, colours: 'phone chrome' },
	{ theme: 'dark', width: 375, height: 812, structure: false, colours: 'phone chrome' },
] as const;
type Pass = (typeof passes)[number];

const axe = (page: Page) =>
	new AxeBuilder({ page })
		// Legacy mode runs axe in the page itself instead of per frame plus a merge step in a
		// second page: three times faster, and the site has no iframes for frame mode to reach.
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] });

async function violations(page: Page, pass: Pass): Promise<string[]> {
	const found: Result[] = [];
	if (pass.structure) {
		const results = await axe(page)
			.withTags(tags)
			.disableRules([...Object.keys(ignoredRules), ...colourRules])
			.analyze();
		// Experimental rules are outside every tag, so the ones the site must pass run on their own.
		const experimental = await axe(page).withRules(experimentalRules).analyze();
		found.push(...experimental.violations);
		found.push(...results.violations);
	}
	const colours = axe(page).withRules(colourRules.filter((rule) => !(rule in ignoredRules)));
	if (pass.colours === 'page') {
		colours.exclude('.expressive-code pre');
	} else {
		const present = await page.evaluate(
			(selectors) => selectors.filter((selector) => document.querySelector(selector)),
			phoneChrome,
		);
		for (const selector of present) colours.include(selector);
	}
	found.push(...(await colours.analyze()).violations);
	return found.map(describeViolation);
}

// Two pages at a time: axe is CPU-bound in Chromium and the machine has two cores.
describe.concurrent.each(passes)('in the $theme theme at $width px', (pass) => {
	it.for(pages)('%s passes axe-core and text contrast', async (path, { expect }) => {
		const { page, context } = await site.newPage({
			colorScheme: pass.theme,
			viewport: { width: pass.width, height: pass.height },
		});
		try {
			await page.goto(`${site.url}${path}`);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(pass.theme);
			expect(await violations(page, pass)).toEqual([]);
			if (pass.colours === 'page') {
				const lowContrast = (await page.evaluate(measureTextContrast)).filter(
					(text) => text.ratio < minimumTextContrast,
				);
				expect(lowContrast).toEqual([]);
			}
		} finally {
			await context.close();
		}
	});
});
