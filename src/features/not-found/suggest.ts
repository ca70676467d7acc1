import { editDistance } from '../../lib/edit-distance.ts';

/**
 * Ranking for the 404 page's "closest pages": runs in the browser (src/features/not-found/NotFoundHelp.astro)
 * and in unit tests, so it has no DOM and no Pagefind import; the caller passes Pagefind's hits in.
 */

/** A page the 404 page can suggest, as embedded in the page at build time. */
export interface KnownPage {
	href: string;
	title: string;
	section?: string | undefined;
	description?: string | undefined;
}

/** One Pagefind result for one word: the page's address and Pagefind's relevance score. */
export interface SearchHit {
	url: string;
	score: number;
}

const ignored = new Set(['index', 'html', 'htm', 'md', 'php', 'aspx', 'the', 'and', 'for', 'www']);

/** `/Stack/Kafka-Queue.html` → `['stack', 'kafka', 'queue']`: the words a reader's mistyped link still carries. */
export function pathWords(pathname: string): string[] {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// A malformed escape (`%E0%A4%A`) is read as it stands.
	}
	const words = path
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= 2 && !ignored.has(word));
	return [...new Set(words)].slice(0, 8);
}

/** `/stack/queues/index.html` and `/stack/queues` → `/stack/queues/`, so Pagefind's URLs match ours. */
export function normalizeHref(href: string): string {
	const path = href.replace(/[?#].*$/, '').replace(/index\.html$/, '');
	return path.endsWith('/') ? path : `${path}/`;
}

/** Two words name the same thing: equal, one a prefix of the other (`queue`/`queues`), or one typo apart. */
export function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
	return Math.min(a.length, b.length) >= 5 && editDistance(a, b) <= 1 + Math.floor(Math.min(a.length, b.length) / 6);
}

/**
 * Whether a Pagefind hit really contains the word. Pagefind 1.6 tolerates typos so generously that `zzqx`
 * "matches" the glossary's letter heading `Z.`; the excerpt's <mark>ed words show what it matched, and a hit
 * counts only when one of them is the word, a plural or prefix of it, or one typo away (`cachng` → `Caching`).
 */
export function confirmsWord(word: string, excerptHtml: string): boolean {
	const marked = [...excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) =>
		(match[1] ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u),
	);
	return marked.some((candidate) => candidate.length > 0 && sameWord(word, candidate));
}

/** How much of the missing path a page's own address shares: 0 (nothing) to 1 (every word). */
export function addressScore(words: string[], href: string): number {
	if (words.length === 0) return 0;
	const slugWords = href
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	const shared = words.filter((word) => slugWords.some((slugWord) => sameWord(word, slugWord)));
	return shared.length / words.length;
}

/**
 * Pages ranked for a missing path. Each word's Pagefind hits count in proportion to their score, and a word
 * found on few pages (`kafka`) counts more than one found everywhere (`stack`); a page whose own address shares
 * the path's words gets a bonus, which also carries the ranking when Pagefind is unavailable.
 */
export function rankPages(
	words: string[],
	hitsByWord: Map<string, SearchHit[]>,
	pages: KnownPage[],
	limit = 5,
): KnownPage[] {
	const byHref = new Map(pages.map((page) => [normalizeHref(page.href), page]));
	const scores = new Map<string, number>();
	const add = (href: string, amount: number) => scores.set(href, (scores.get(href) ?? 0) + amount);
	for (const hits of hitsByWord.values()) {
		const known = hits.filter((hit) => byHref.has(normalizeHref(hit.url)));
		const best = Math.max(0, ...known.map((hit) => hit.score));
		if (best <= 0) continue;
		const rarity = 1 / (1 + Math.log2(1 + known.length));
		for (const hit of known) add(normalizeHref(hit.url), (rarity * hit.score) / best);
	}
	for (const [href] of byHref) {
		const bonus = addressScore(words, href);
		if (bonus > 0) add(href, bonus);
	}
	return [...scores]
		.filter(([, score]) => score > 0)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.flatMap(([href]) => {
			const page = byHref.get(href);
			return page ? [page] : [];
		});
}
