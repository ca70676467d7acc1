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

export async function topicsById(ids: string[]): Promise<Topic[]> {
	const entries = await topics();
	return ids.map((id) => entries.find((entry) => entry.id === id)).filter((entry): entry is Topic => Boolean(entry));
}
