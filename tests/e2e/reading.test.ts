import { describe, expect, it } from 'vitest';
import { useSite } from './test-utils.ts';

const site = useSite();

describe('printing a topic page', () => {
	it('prints the text and the light diagram, with no navigation, and shows where links go', async () => {
		// Dark on screen, to prove the printout does not depend on the reader's theme.
		const { page } = await site.newPage({ colorScheme: 'dark' });
		await page.goto(`${site.url}/stack/queues/`);
		await page.emulateMedia({ media: 'print' });

		for (const role of ['navigation', 'banner'] as const) {
			const visible = await page
				.getByRole(role)
				.evaluateAll((elements) =>
					elements.filter((element) => element.checkVisibility()).map((element) => element.outerHTML.slice(0, 80)),
				);
			expect(visible, `${role} landmarks printed`).toEqual([]);
		}
		expect(await page.getByRole('complementary', { name: 'Related pages' }).isVisible()).toBe(false);
		expect(await page.getByRole('link', { name: 'Skip to content' }).isVisible()).toBe(false);

		const figure = page.getByRole('figure').first();
		// The light palette on paper although the screen is dark: dark text on a pale box, on white.
		const printed = await figure.evaluate((element) => ({
			visible: (element.querySelector('svg') as SVGSVGElement).checkVisibility(),
			label: getComputedStyle(element.querySelector('svg text') as Element).fill,
			box: getComputedStyle(element.querySelector('svg .f-node') as Element).fill,
			frame: getComputedStyle(element.querySelector('.diagram-frame') as Element).backgroundColor,
		}));
		expect(printed).toEqual({
			visible: true,
			label: 'rgb(23, 24, 28)',
			box: 'rgb(240, 253, 250)',
			frame: 'rgb(255, 255, 255)',
		});
		const fits = await figure.evaluate((element) => element.scrollWidth <= element.clientWidth);
		expect(fits, 'diagram scaled to the page, not cut off').toBe(true);

		const link = page.locator('.sl-markdown-content a[href^="/"]').first();
		const href = await link.getAttribute('href');
		expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${href})"`);
		expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(10_000);
	});
});

describe('motion', () => {
	const longestMotion = () =>
		[...document.querySelectorAll('*')].reduce((longest, element) => {
			const style = getComputedStyle(element);
			const seconds = [style.transitionDuration, style.animationDuration]
				.flatMap((value) => value.split(','))
				.map((value) => Number.parseFloat(value) * (value.trim().endsWith('ms') ? 0.001 : 1));
			return Math.max(longest, ...seconds);
		}, 0);

	it('animates by default and not at all when the reader asks for reduced motion', async () => {
		const normal = await site.newPage();
		await normal.page.goto(`${site.url}/stack/queues/`);
		expect(await normal.page.evaluate(longestMotion)).toBeGreaterThan(0.05);

		const reduced = await site.newPage({ reducedMotion: 'reduce' });
		await reduced.page.goto(`${site.url}/stack/queues/`);
		expect(await reduced.page.evaluate(longestMotion)).toBeLessThan(0.001);
		expect(await reduced.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
	});
});

// The 320 px reflow check (WCAG 1.4.10) runs on every page in a11y.test.ts, on the page its phone pass loaded.
