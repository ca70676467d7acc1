import type { PagefindAPI, PagefindRawResult } from '@pagefind/component-ui';
import { shareUntilFailure } from '../../lib/retry-once.ts';
import { confirmsWord, type SearchHit } from './suggest.ts';

/** Pagefind's browser API in Pagefind's own types; its results also carry the `score` they are ranked by. */
type Pagefind = { search(term: string): Promise<{ results: (PagefindRawResult & { score: number })[] }> } & PagefindAPI;

/** Pagefind's search bundle, written by the build. A failed download (offline) is retried on the next search. */
const pagefind = shareUntilFailure(
	(): Promise<Pagefind> =>
		import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`),
);

/** Each word's top hits, searched one word at a time so one unknown word cannot sink the rest. */
export async function searchWords(words: string[], perWord = 8): Promise<Map<string, SearchHit[]>> {
	const hitsByWord = new Map<string, SearchHit[]>();
	// Missing in the dev server, or offline before the site was saved: the page keeps its fallback suggestions.
	const api = await pagefind().catch(() => undefined);
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
