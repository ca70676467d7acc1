import { describe, expect, it } from 'vitest';
import { useSite } from './test-utils.ts';

const site = useSite();
const desktop = { viewport: { width: 1280, height: 800 } };

/** The heading's top edge, in viewport pixels: small when the page scrolled to it. */
const topOf = async (page: import('playwright-core').Page, name: string) =>
	(await page.getByRole('heading', { name, exact: true }).boundingBox())?.y ?? Number.NaN;

describe('redirects', () => {
	it('forward an old address to its page, which carries the canonical link', async () => {
		const { page, errors } = await site.newPage(desktop);
		const response = await page.request.get(`${site.url}/stack/kubernetes/`);
		expect(await response.text()).toContain('<link rel="canonical" href="https://backend2026.dev/stack/containers/">');
		await page.goto(`${site.url}/stack/kubernetes/`);
		await page.waitForURL('**/stack/containers/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Containers: Docker and Kubernetes',
		);
		expect(errors).toEqual([]);
	});

	it('keep the #fragment, so a deep link to a moved page still lands on its section', async () => {
		const { page } = await site.newPage(desktop);
		await page.goto(`${site.url}/languages/node/#blocking-the-event-loop`);
		await page.waitForURL('**/languages/nodejs/#blocking-the-event-loop');
		await page.getByRole('heading', { name: 'Blocking the event loop' }).waitFor();
		const y = await topOf(page, 'Blocking the event loop');
		expect(y).toBeGreaterThanOrEqual(0);
		expect(y).toBeLessThan(200);
	});
});

describe('anchor aliases', () => {
	it('land an old anchor on the renamed heading and show its current id', async () => {
		const { page, errors } = await site.newPage(desktop);
		await page.goto(`${site.url}/stack/containers/#kubernetes`);
		await page.waitForFunction(() => location.hash === '#kubernetes-building-blocks');
		const y = await topOf(page, 'Kubernetes building blocks');
		expect(y).toBeGreaterThanOrEqual(0);
		expect(y).toBeLessThan(200);
		expect(errors).toEqual([]);
	});

	it('work behind a redirect too', async () => {
		const { page } = await site.newPage(desktop);
		await page.goto(`${site.url}/stack/kubernetes/#kubernetes`);
		await page.waitForURL('**/stack/containers/#kubernetes-building-blocks');
		expect(await topOf(page, 'Kubernetes building blocks')).toBeLessThan(200);
	});
});

describe('copy link to this section', () => {
	it('appears on hover, is reachable by keyboard with a visible focus ring, copies the absolute URL and announces it', async () => {
		const { page, context, errors } = await site.newPage(desktop);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		await page.goto(`${site.url}/stack/queues/`);
		const button = page.getByRole('button', { name: 'Copy link to this section: Delivery guarantees' });
		const opacity = () => button.evaluate((element) => getComputedStyle(element).opacity);

		expect(await opacity()).toBe('0');
		await page.getByRole('heading', { name: 'Delivery guarantees', exact: true }).hover();
		expect(await opacity()).toBe('1');

		// Keyboard: from the next section's button, Shift+Tab reaches this one.
		await page.getByRole('button', { name: 'Copy link to this section: At-most-once delivery' }).focus();
		await page.mouse.move(0, 0);
		await page.keyboard.press('Shift+Tab');
		expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
		const ring = await button.evaluate((element) => {
			const style = getComputedStyle(element);
			return { opacity: style.opacity, outline: style.outlineStyle, width: style.outlineWidth };
		});
		expect(ring).toEqual({ opacity: '1', outline: 'solid', width: '2px' });

		const before = await button.boundingBox();
		await page.keyboard.press('Enter');
		const status = page.getByRole('status').filter({ hasText: 'copied' });
		await expect(status.textContent()).resolves.toBe('Link to “Delivery guarantees” copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${site.url}/stack/queues/#delivery-guarantees`,
		);
		expect(new URL(page.url()).hash).toBe('#delivery-guarantees');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		// The tick replaces the link icon in place: nothing on the page moves.
		expect(await button.getAttribute('data-copied')).toBe('');
		expect(await button.boundingBox()).toEqual(before);
		expect(errors).toEqual([]);
	});

	it('is on every H2 and H3 of the page, and only there', async () => {
		const { page } = await site.newPage(desktop);
		await page.goto(`${site.url}/stack/queues/`);
		const withId = await page.locator('.sl-markdown-content :is(h2, h3)[id]').count();
		expect(withId).toBeGreaterThan(5);
		expect(await page.getByRole('button', { name: /^Copy link to this section: / }).count()).toBe(withId);
		expect(await page.locator('.sl-markdown-content :is(h4, h5, h6) + .copy-link').count()).toBe(0);
	});

	it('says so when the clipboard is refused, and leaves the link in the address bar', async () => {
		const { page } = await site.newPage(desktop);
		await page.goto(`${site.url}/stack/queues/`);
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) },
			});
		});
		await page.getByRole('button', { name: 'Copy link to this section: RabbitMQ vs Kafka' }).click();
		const status = page.getByRole('status').filter({ hasText: 'address bar' });
		await expect(status.textContent()).resolves.toBe(
			'Could not copy. The link to “RabbitMQ vs Kafka” is in the address bar.',
		);
		expect(new URL(page.url()).hash).toBe('#rabbitmq-vs-kafka');
	});
});

describe('breadcrumbs', () => {
	it('show Home › Section › Page on a topic page, the page marked current', async () => {
		const { page } = await site.newPage(desktop);
		await page.goto(`${site.url}/stack/queues/`);
		const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
		const links = trail.getByRole('link');
		expect(await links.allTextContents()).toEqual(['Home', 'The stack', 'Message queues and asynchronous processing']);
		expect(await trail.getByRole('listitem').count()).toBe(3);
		expect(await links.last().getAttribute('aria-current')).toBe('page');
		expect(await trail.locator('[aria-current]').count()).toBe(1);
		await trail.getByRole('link', { name: 'The stack' }).click();
		await page.waitForURL((url) => url.pathname === '/' && url.hash === '#stack');
		expect(await topOf(page, 'Stack')).toBeLessThan(200);
	});

	it('skip the section step on a section page and are absent on the home page', async () => {
		const { page } = await site.newPage(desktop);
		await page.goto(`${site.url}/glossary/`);
		expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').allTextContents()).toEqual([
			'Home',
			'Glossary',
		]);
		await page.goto(`${site.url}/`);
		expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).count()).toBe(0);
	});

	it('fit one line on a phone, cutting the page name short', async () => {
		const { page } = await site.newPage({ viewport: { width: 375, height: 800 } });
		await page.goto(`${site.url}/stack/queues/`);
		const box = await page.getByRole('navigation', { name: 'Breadcrumb' }).boundingBox();
		expect(box?.height).toBeLessThan(30);
		expect(box?.width).toBeLessThanOrEqual(375);
	});
});
