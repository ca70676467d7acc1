import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';
import { useSite } from './test-utils.ts';

const site = useSite();

/** Every built page that shows at least one diagram, as a site path. */
function diagramPages(dist = join(process.cwd(), 'dist')): string[] {
	return filesUnder(dist, '**/index.html')
		.filter((path) => readFileSync(path, 'utf8').includes('<figure class="diagram"'))
		.map((path) => `/${path.slice(dist.length + 1, -'index.html'.length)}`);
}

/** How each diagram on the page is drawn: smallest label on screen, whether it fits its frame, the cues if not. */
const measureDiagrams = () =>
	[...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
		const frame = figure.querySelector('.diagram-frame') as HTMLElement;
		const svg = frame.querySelector('svg') as SVGSVGElement;
		const box = svg.getBoundingClientRect();
		const scale = box.width / svg.viewBox.baseVal.width;
		const sizes = [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize));
		// What the frame shows: its padding box (overflow is clipped at the padding edge).
		const frameBox = frame.getBoundingClientRect();
		const frameStyle = getComputedStyle(frame);
		const shownLeft = frameBox.left + Number.parseFloat(frameStyle.borderLeftWidth);
		const shownRight = frameBox.right - Number.parseFloat(frameStyle.borderRightWidth);
		const enlarge = figure.querySelector<HTMLElement>('button[data-diagram-enlarge]');
		return {
			title: svg.querySelector('title')?.textContent ?? '',
			smallestTextPx: Math.round(Math.min(...sizes) * scale * 100) / 100,
			fits: box.left >= shownLeft - 0.5 && box.right <= shownRight + 0.5,
			frameScrolls: frame.scrollLeft > 0 || ['auto', 'scroll'].includes(getComputedStyle(frame).overflowX),
			faded: getComputedStyle(svg).maskImage !== 'none',
			enlargeVisible: enlarge?.checkVisibility() === true && enlarge.textContent?.includes('Enlarge diagram') === true,
		};
	});

async function diagramsAt(page: Page, path: string, width: number) {
	await page.setViewportSize({ width, height: 800 });
	await page.goto(site.url + path);
	return {
		diagrams: await page.evaluate(measureDiagrams),
		pageOverflow: await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
	};
}

describe('diagrams fitted to the page', () => {
	it('at 1280 px: every diagram fits the column with labels of 12 px or more, or shows cut off, faded, beside "Enlarge diagram"', async () => {
		const pages = diagramPages();
		expect(pages.length).toBeGreaterThan(20);
		const { page } = await site.newPage();
		let fitted = 0;
		let cutOff = 0;
		for (const path of pages) {
			const { diagrams, pageOverflow } = await diagramsAt(page, path, 1280);
			expect(pageOverflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
			for (const diagram of diagrams) {
				const where = `${path} "${diagram.title}"`;
				expect(diagram.smallestTextPx, `${where}: smallest label on screen`).toBeGreaterThanOrEqual(12);
				expect(diagram.frameScrolls, `${where}: frame scrolls sideways`).toBe(false);
				expect(diagram.enlargeVisible, `${where}: "Enlarge diagram" button`).toBe(true);
				// A cut-off diagram says so: its right edge fades out at the frame's edge.
				expect(diagram.faded, `${where}: faded edge`).toBe(!diagram.fits);
				if (diagram.fits) fitted += 1;
				else cutOff += 1;
			}
		}
		// Both branches of the rule are exercised by the site's own diagrams.
		expect(fitted).toBeGreaterThan(0);
		expect(cutOff).toBeGreaterThan(0);
	}, 600_000);

	it('at 375 px: every diagram on a diagram-heavy page shows its whole shape, scaled, with the button', async () => {
		const { page } = await site.newPage();
		for (const path of ['/stack/caching/', '/trends/ai/', '/data/modelling/']) {
			const { diagrams, pageOverflow } = await diagramsAt(page, path, 375);
			expect(pageOverflow, path).toBeLessThanOrEqual(0);
			expect(diagrams.length, path).toBeGreaterThan(0);
			for (const diagram of diagrams) {
				expect({ fits: diagram.fits, faded: diagram.faded, button: diagram.enlargeVisible }, diagram.title).toEqual({
					fits: true,
					faded: false,
					button: true,
				});
			}
		}
	});
});

/** The canvas's CSS transform as scale and translation, from its computed matrix. */
const canvasTransform = (page: Page) =>
	page.locator('.diagram-dialog-canvas').evaluate((canvas) => {
		const matrix = new DOMMatrix(getComputedStyle(canvas).transform);
		return { scale: Math.round(matrix.a * 100) / 100, x: Math.round(matrix.e), y: Math.round(matrix.f) };
	});

/** The canvas's transform once panzoom's transition has ended: zoomed in, and two reads 200 ms apart agree. */
async function settledTransform(page: Page) {
	let last = await canvasTransform(page);
	for (let attempt = 0; attempt < 40; attempt++) {
		await page.waitForTimeout(200);
		const next = await canvasTransform(page);
		if (next.scale > 1.1 && next.scale === last.scale && next.x === last.x && next.y === last.y) return next;
		last = next;
	}
	throw new Error(`the zoom view did not settle after "+": last transform ${JSON.stringify(last)}`);
}

describe('the zoom view', () => {
	it('loads no script until "Enlarge diagram" is used, then works by keyboard and returns focus on Escape', async () => {
		const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(`${site.url}/stack/caching/`);
		await page.waitForLoadState('networkidle');
		// Before the first press: the loader only (under 3 KB compressed), not the zoom view.
		expect(scripts.filter((url) => /zoom-view|panzoom/i.test(url))).toEqual([]);
		const loaders = scripts.filter((url) => /DiagramZoom/.test(url));
		expect(loaders).toHaveLength(1);
		const loader = await (await fetch(loaders[0] as string)).arrayBuffer();
		expect(gzipSync(Buffer.from(loader)).length).toBeLessThan(3000);

		const opener = page.getByRole('button', { name: /^Enlarge diagram/ }).first();
		await opener.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: /^Enlarged diagram: / });
		await dialog.waitFor();
		expect(scripts.filter((url) => /zoom-view/.test(url))).toHaveLength(1);
		// The page's own diagram moved into the view: its markers' ids stay unique.
		expect(await dialog.locator('svg.diagram-svg').count()).toBe(1);
		expect(await page.locator('.diagram-frame svg.diagram-svg').count()).toBe(
			(await page.locator('figure.diagram').count()) - 1,
		);
		expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

		await expect(canvasTransform(page)).resolves.toEqual({ scale: 1, x: 0, y: 0 });
		// Zooming animates briefly (panzoom's own transition): wait for it to settle. Polls get 5 s, not the default 1 s:
		// on a loaded machine one transform read can take most of a second.
		const settle = { timeout: 5_000 };
		await page.keyboard.press('+');
		// Read the zoom only once it has stopped moving: a read mid-transition (1.27 on its way to 1.28) would make the
		// next expectation wait for a position the view never takes.
		const zoomed = await settledTransform(page);
		expect(zoomed.scale).toBeCloseTo(1.28, 1);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		// An arrow moves the view by 60 px on screen: the picture goes the other way.
		await expect
			.poll(() => canvasTransform(page), settle)
			.toEqual({ scale: zoomed.scale, x: zoomed.x - 60, y: zoomed.y - 60 });
		await page.keyboard.press('-');
		await expect.poll(async () => (await canvasTransform(page)).scale, settle).toBeCloseTo(1, 1);
		await page.keyboard.press('0');
		await expect.poll(() => canvasTransform(page), settle).toEqual({ scale: 1, x: 0, y: 0 });

		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-diagram-enlarge'))).toBe(true);
		expect(await page.locator('figure.diagram').first().locator('.diagram-frame svg').count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('zooms with the wheel and the buttons, pans by dragging, and the close button returns focus', async () => {
		const { page, errors } = await site.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}/trends/ai/`);
		const opener = page.getByRole('button', { name: /^Enlarge diagram/ }).first();
		await opener.click();
		const dialog = page.getByRole('dialog');
		await dialog.waitFor();
		const stage = await page.locator('.diagram-dialog-stage').boundingBox();
		if (!stage) throw new Error('the zoom view has no stage');
		// The diagram fills the view: larger than in the page's column.
		const shown = await dialog.locator('svg.diagram-svg').boundingBox();
		expect(shown?.width ?? 0).toBeGreaterThan(stage.width * 0.5);

		await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
		await page.mouse.wheel(0, -400);
		await expect.poll(async () => (await canvasTransform(page)).scale).toBeGreaterThan(1);

		const before = await canvasTransform(page);
		await page.mouse.down();
		await page.mouse.move(stage.x + stage.width / 2 + 120, stage.y + stage.height / 2 + 80, { steps: 5 });
		await page.mouse.up();
		const dragged = await canvasTransform(page);
		expect(dragged.x).toBeGreaterThan(before.x + 50);
		expect(dragged.y).toBeGreaterThan(before.y + 30);

		await dialog.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(async () => (await canvasTransform(page)).scale).toBeGreaterThan(dragged.scale * 1.2);
		await dialog.getByRole('button', { name: 'Reset zoom' }).click();
		await expect.poll(async () => (await canvasTransform(page)).scale).toBe(1);

		await dialog.getByRole('button', { name: 'Close' }).click();
		await dialog.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-diagram-enlarge'))).toBe(true);
		expect(errors).toEqual([]);
	});
});
