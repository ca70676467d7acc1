import { type CollectionEntry, getCollection } from 'astro:content';

export type Topic = CollectionEntry<'docs'>;

/** Page id (`stack/queues`) → its address (`/stack/queues/`). */
export const topicHref = (id: string) => (id === 'index' ? '/' : `/${id}/`);

const linkPattern = /\]\((\/[a-z0-9/-]*?)\/?(?:#[^)]*)?\)/g;

/** Ids of the pages a page's body links to. */
export function linkedIds(body: string | undefined): Set<string> {
	const ids = new Set<string>();
	for (const match of (body ?? '').matchAll(linkPattern)) {
		const path = (match[1] ?? '').replace(/^\/|\/$/g, '');
		ids.add(path === '' ? 'index' : path);
	}
	return ids;
}

let all: Promise<Topic[]> | undefined;
const topics = () => {
	all ??= getCollection('docs');
	return all;
};

/** Pages whose text or `related` list points at `id`, in sidebar order. */
export async function backlinks(id: string): Promise<Topic[]> {
	const entries = await topics();
	return entries
		.filter((entry) => entry.id !== id)
		.filter((entry) => linkedIds(entry.body).has(id) || entry.data.related.some((ref) => ref.id === id))
		.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The pages a frontmatter field points at. Astro only logs a broken `reference()` and builds on,
 * so a missing page stops the build here with the file, the field and the fix.
 */
export async function referencedTopics(page: Topic, field: 'prerequisites' | 'related'): Promise<Topic[]> {
	const entries = await topics();
	return page.data[field].map(({ id }, index) => {
		const found = entries.find((entry) => entry.id === id);
		if (!found) {
			throw new Error(
				`${page.filePath}: ${field}[${index}] is "${id}", which is not a page. ` +
					'Use a page id: its path under content/docs/ without .mdx, e.g. "stack/queues".',
			);
		}
		return found;
	});
}
