import { type CatalogPage, catalog, isTopicPage } from '../../lib/catalog.ts';
import { sections } from '../../lib/sections.ts';
import type { MapSection, MapTopic } from './topic-map.ts';

/** Every topic page grouped by section in reading order, with its prerequisites: from frontmatter, never by hand. */
export async function mapSections(): Promise<MapSection[]> {
	const pages = (await catalog()).filter(isTopicPage);
	const topic = (page: CatalogPage): MapTopic => ({
		id: page.id,
		href: page.href,
		label: page.entry.data.sidebar.label ?? page.title,
		section: page.section,
		prerequisites: page.entry.data.prerequisites.map((ref) => ref.id).filter((id) => pages.some((p) => p.id === id)),
	});
	return sections
		.map((section) => ({
			id: section.id,
			label: section.label,
			topics: pages.filter((page) => page.section === section.id).map(topic),
		}))
		.filter((section) => section.topics.length > 0);
}
