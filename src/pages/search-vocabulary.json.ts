import { getCollection, render } from 'astro:content';
import type { APIRoute } from 'astro';
import { buildVocabulary } from '../features/search/vocabulary.ts';

/** The terms "Did you mean …" chooses from, written to dist/search-vocabulary.json at build time. */
export const GET: APIRoute = async () => {
	const entries = (await getCollection('docs')).sort((a, b) => a.id.localeCompare(b.id));
	const pages = await Promise.all(
		entries.map(async (entry) => ({
			title: entry.data.title,
			section: entry.data.section,
			aliases: entry.data.aliases,
			tags: entry.data.tags,
			headings: (await render(entry)).headings,
		})),
	);
	return new Response(JSON.stringify(buildVocabulary(pages)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
