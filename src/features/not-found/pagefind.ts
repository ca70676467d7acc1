import { confirmsWord, type SearchHit } from './suggest.ts';

/** The part of Pagefind's browser API (pagefind.js, 1.x) the 404 page uses. */
interface Pagefind {
	search(term: string): Promise<{ results: { score: number; data(): Promise<{ url: string; excerpt: string }> }[] }>;
}

let loaded: Promise<Pagefind | undefined> | undefined;

/** Pagefind's search bundle, written by the build; undefined when it is missing (dev server) or fails to load. */
function pagefind(): Promise<Pagefind | undefined> {
	const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
	loaded ??= import(/* @vite-ignore */ bundle).catch(() => undefined);
	return loaded;
}

/** Each word's top hits, searched one word at a time so one unknown word cannot sink the rest. */
export async function searchWords(words: string[], perWord = 8): Promise<Map<string, SearchHit[]>> {
	const hitsByWord = new Map<string, SearchHit[]>();
	const api = await pagefind();
	if (!api) return hitsByWord;
	for (const word of words) {
		const { results } = await api.search(word);
		const top = await Promise.all(
			results.slice(0, perWord).map(async (result) => ({ score: result.score, data: await result.data() })),
		);
		const confirmed = top.filter(({ data }) => confirmsWord(word, data.excerpt));
		hitsByWord.set(
			word,
			confirmed.map(({ score, data }) => ({ url: data.url, score })),
		);
	}
	return hitsByWord;
}
