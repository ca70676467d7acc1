import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/features/previews/llms-txt.ts';
import { compareReadingOrder } from '../../src/lib/sections.ts';

describe('llms.txt', () => {
	it('lists every page under its section with its one-line description', () => {
		const text = llmsTxt({
			siteTitle: 'Backend 2026',
			siteDescription: 'Backend in 2026.',
			pages: [
				{ id: 'index', title: 'Backend 2026', description: 'Start here.', section: 'home' },
				{ id: 'stack/queues', title: 'Queues', description: 'Decouple\nslow work.', section: 'stack' },
			],
			sections: [
				{ id: 'foundations', label: 'Foundations' },
				{ id: 'stack', label: 'The stack' },
			],
			markdownUrl: (id) => `https://b.dev/${id}.md`,
			pageUrl: (id) => `https://b.dev/${id}/`,
		});
		expect(text).toMatchInlineSnapshot(`
			"# Backend 2026

			> Backend in 2026.

			Every page below links to a plain Markdown copy; the web page is the same address without \`.md\`
			(for example https://b.dev/stack/queues/). Diagrams appear as their Mermaid source.

			## Start here

			- [Backend 2026](https://b.dev/index.md): Start here.

			## The stack

			- [Queues](https://b.dev/stack/queues.md): Decouple slow work.
			"
		`);
	});

	it('orders pages like the sidebar: home, section order, sidebar.order, id', () => {
		const ids = [
			{ id: 'stack/queues', order: 5 },
			{ id: 'foundations/what-is-backend', order: 1 },
			{ id: 'stack/apis', order: 3 },
			{ id: 'index' },
			{ id: 'stack/cloud' },
		]
			.sort(compareReadingOrder)
			.map((page) => page.id);
		expect(ids).toEqual(['index', 'foundations/what-is-backend', 'stack/apis', 'stack/queues', 'stack/cloud']);
	});
});
