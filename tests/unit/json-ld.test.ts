import { describe, expect, it } from 'vitest';
import { breadcrumbList, serializeJsonLd, techArticle, webSite } from '../../src/features/previews/json-ld.ts';
import { breadcrumbTrail } from '../../src/lib/breadcrumbs.ts';

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

	it('gives the visible breadcrumb trail, Home › section › page, with absolute URLs', () => {
		const trail = breadcrumbTrail({ id: 'stack/queues', title: 'Message queues', section: 'stack' });
		const absolute = trail.map((crumb) => ({ name: crumb.name, url: new URL(crumb.href, site.url).href }));
		expect(breadcrumbList(absolute).itemListElement).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://backend2026.dev/' },
			{ '@type': 'ListItem', position: 2, name: 'The stack', item: 'https://backend2026.dev/#stack' },
			{ '@type': 'ListItem', position: 3, name: 'Message queues', item: queues.url },
		]);
	});

	it('does not repeat a section that is its own page (Glossary › Glossary)', () => {
		expect(
			breadcrumbTrail({ id: 'glossary', title: 'Glossary', section: 'glossary' }).map((crumb) => crumb.name),
		).toEqual(['Home', 'Glossary']);
		expect(breadcrumbTrail({ id: 'index', title: 'Backend 2026', section: 'home' })).toEqual([]);
		expect(
			breadcrumbTrail({ id: 'map', title: 'Map of every topic', section: 'home' }).map((crumb) => crumb.name),
		).toEqual(['Home', 'Map of every topic']);
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
