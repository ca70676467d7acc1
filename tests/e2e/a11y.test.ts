import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { describe, it } from 'vitest';
import { sitemapPaths } from './sitemap.ts';
import { measureDiagramText } from './svg-contrast.ts';
import { useSite } from './test-utils.ts';

const site = useSite();

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Empty: every rule in the tags above runs.
 * (Add an entry only with the reason a reviewer can check, e.g. a false positive with its axe issue.)
 */
const ignoredRules: Record<string, string> = {};

/** WCAG 1.4.3: 4.5:1 for body-size text. Diagram labels are 14–16 px, never "large text". */
const minimumTextContrast = 4.5;

const describeViolation = (violation: Result) =>
	`${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
		.slice(0, 5)
		.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
		.join('\n')}`;

// The 404 page is not in the sitemap but readers land on it, so it is checked too.
const pages = [...sitemapPaths(), '/404.html'];

/** A small phone (Starlight's mobile layout: menu button, icon-only search) and a laptop (sidebars shown). */
const viewports = [
	{ name: 'phone', width: 375, height: 812 },
	{ name: 'desktop', width: 1280, height: 800 },
] as const;

const cases = (['light', 'dark'] as const).flatMap((theme) =>
	viewports.map((viewport) => ({ theme, viewport, label: `the ${theme} theme at ${viewport.width} px` })),
);

// Two pages at a time: axe is CPU-bound in Chromium and the machine has two cores.
describe.concurrent.each(cases)('in $label', ({ theme, viewport }) => {
	it.for(pages)('%s passes axe-core and diagram text contrast', async (path, { expect }) => {
		const { page, context } = await site.newPage({
			colorScheme: theme,
			viewport: { width: viewport.width, height: viewport.height },
		});
		try {
			await page.goto(`${site.url}${path}`);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			// Legacy mode runs axe in the page itself instead of per frame plus a merge step in a
			// second page: three times faster, and the site has no iframes for frame mode to reach.
			const results = await new AxeBuilder({ page })
				.withTags(tags)
				.disableRules(Object.keys(ignoredRules))
				.setLegacyMode(true)
				.options({ resultTypes: ['violations'] })
				.analyze();
			expect(results.violations.map(describeViolation)).toEqual([]);
			// axe-core does not measure text inside SVG, so diagram labels get their own check.
			const lowContrast = (await page.evaluate(measureDiagramText)).filter(
				(label) => label.ratio < minimumTextContrast,
			);
			expect(lowContrast).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
