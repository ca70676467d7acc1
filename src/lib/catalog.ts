import { type CollectionEntry, getCollection } from 'astro:content';
import { AuthorError } from './author-error.ts';
import { compareReadingOrder, sectionLabel } from './sections.ts';
import { topicHref } from './topics.ts';

/** One published page as link previews, llms.txt and the Markdown copies describe it. */
export interface CatalogPage {
	id: string;
	/** Root-relative address, `/stack/queues/`. */
	href: string;
	title: string;
	description: string;
	/** The section id from the frontmatter (`stack`, or `home` for the landing page). */
	section: string;
	/** The section as the sidebar names it ("The stack"); undefined for the home page. */
	sectionLabel: string | undefined;
	entry: CollectionEntry<'docs'>;
}

function toPage(entry: CollectionEntry<'docs'>): CatalogPage {
	const file = entry.filePath ?? `content/docs/${entry.id}.mdx`;
	const description = entry.data.description?.trim();
	if (!description) {
		throw new AuthorError(
			file,
			undefined,
			'has no `description`, which link previews and /llms.txt need.',
			'add one sentence to the frontmatter: `description: What the reader learns on this page.`',
		);
	}
	return {
		id: entry.id,
		href: topicHref(entry.id),
		title: entry.data.title,
		description,
		section: entry.data.section,
		sectionLabel: sectionLabel(entry.data.section),
		entry,
	};
}

let cached: Promise<CatalogPage[]> | undefined;

/** Every published page: the home page first, then each section's pages in sidebar order. */
export function catalog(): Promise<CatalogPage[]> {
	cached ??= (async () => {
		const entries = await getCollection('docs', (entry) => !entry.data.draft);
		return entries
			.map((entry) => ({ id: entry.id, order: entry.data.sidebar.order, entry }))
			.sort(compareReadingOrder)
			.map(({ entry }) => entry)
			.map(toPage);
	})();
	return cached;
}

/** The catalog page for an id, or undefined for routes outside the collection (the 404 page). */
export async function catalogPage(id: string): Promise<CatalogPage | undefined> {
	return (await catalog()).find((page) => page.id === id);
}

/** Starlight names the home page's route `''`; the collection calls it `index`. */
export const routeEntryId = (starlightId: string) => (starlightId === '' ? 'index' : starlightId);

/** Topic pages teach one subject and can be marked done: every page but home and the glossary. */
export const isTopicPage = (page: Pick<CatalogPage, 'section'>) =>
	page.section !== 'home' && page.section !== 'glossary';
