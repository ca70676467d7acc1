import { describe, expect, it } from 'vitest';
import { breadcrumbList, serializeJsonLd, techArticle, webSite } from '../../src/lib/seo/json-ld.ts';

const site = { name: 'Backend 2026', description: 'Backend in 2026.', url: 'https://backend2026.dev/' };
const queues = {
	title: 'Message queues',
	description: 'How queues decouple slow work.',
	url: 'https://backend2026.dev/stack/queues/',
	image: 'https://backend2026.dev/og/stack/queues.png',
	section: { label: 'The stack', url: 'https://backend2026.dev/#stack' },
	tags: ['queues', 'kafka'],
	reviewed: new Date('2026-11-24'),
	lang: 'en',
};

describe('JSON-LD', () => {
	it('describes a topic as a TechArticle', () => {
		expect(techArticle(queues, site)).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'TechArticle',
			headline: 'Message queues',
			url: queues.url,
			image: queues.image,
			dateModified: '2026-11-24',
			articleSection: 'The stack',
			keywords: 'queues, kafka',
		});
	});

	it('gives the trail section › page', () => {
		expect(breadcrumbList(queues).itemListElement).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'The stack', item: 'https://backend2026.dev/#stack' },
			{ '@type': 'ListItem', position: 2, name: 'Message queues', item: queues.url },
		]);
	});

	it('does not repeat a section that is its own page (Glossary › Glossary)', () => {
		const glossary = { ...queues, title: 'Glossary', isSectionIndex: true };
		expect(breadcrumbList(glossary).itemListElement).toHaveLength(1);
	});

	it('describes the home page as the WebSite', () => {
		expect(webSite(site, 'en')).toMatchObject({ '@type': 'WebSite', url: site.url, name: 'Backend 2026' });
	});

	it('cannot be closed early by a title that contains </script>', () => {
		const json = serializeJsonLd(techArticle({ ...queues, title: 'a</script><script>alert(1)' }, site));
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json).headline).toBe('a</script><script>alert(1)');
	});
});
