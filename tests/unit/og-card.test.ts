import { describe, expect, it } from 'vitest';
import { cardAlt, cardOptions, cardText } from '../../src/features/previews/og/card.ts';
import { cardHref } from '../../src/features/previews/og/paths.ts';

const assets = { font: '/fonts/inter.woff2', logo: '/cache/logo.png', background: '/cache/background.png' };
const queues = { title: 'Message queues and asynchronous processing', sectionLabel: 'The stack' };
const home = { title: 'Backend 2026', sectionLabel: undefined };

describe('social cards', () => {
	it('say the title, the site and the section', () => {
		expect(cardText(queues, 'Backend 2026')).toEqual({
			title: 'Message queues and asynchronous processing',
			byline: 'Backend 2026  ›  The stack',
		});
		expect(cardAlt(queues, 'Backend 2026')).toBe(
			'Message queues and asynchronous processing (The stack, Backend 2026)',
		);
	});

	it('list the sections on the home card instead of repeating the site name', () => {
		expect(cardText(home, 'Backend 2026').byline).toMatch(/^Foundations {2}· {2}Languages/);
	});

	it('use only local files: no font or image is fetched', () => {
		const options = cardOptions(queues, 'Backend 2026', assets);
		expect(options.fonts).toEqual([assets.font]);
		expect(options.logo?.path).toBe(assets.logo);
		expect(options.bgImage?.path).toBe(assets.background);
		expect(options.font?.title?.families).toEqual(['Inter']);
	});

	it('live at /og/<page id>.png', () => {
		expect(cardHref('stack/queues')).toBe('/og/stack/queues.png');
		expect(cardHref('index')).toBe('/og/index.png');
	});
});
