import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axeCore from 'axe-core';
import type { ElementContext, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's minified build: less than half the bytes the browser parses from `axeCore.source`. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page as it is now, injecting axe once per loaded document.
 * Written by hand because @axe-core/playwright's AxeBuilder injects all of axe (its 1.5 MB unminified source)
 * before every `analyze()`, about 1.5 s a call on this machine, and the site-wide checks run several passes on each
 * loaded page (rules per theme and per width).
 * The source ends in `undefined` so that Playwright does not serialise the axe object it would otherwise return.
 */
export async function runAxe(page: Page, context: ElementContext, options: RunOptions): Promise<Result[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource}\n;undefined`);
	const results = await page.evaluate(
		([context, options]) =>
			(window as unknown as { axe: typeof axeCore }).axe.run(context as ElementContext, {
				...(options as RunOptions),
				resultTypes: ['violations'],
			}),
		[context, options] as const,
	);
	return results.violations;
}

/** One line per violation, with up to five of the elements it found: readable in a failed test's diff. */
export const describeViolation = (violation: Result) =>
	`${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
		.slice(0, 5)
		.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
		.join('\n')}`;
