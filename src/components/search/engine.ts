import { pagefindOptions, pagesLoaded, sectionsPerPage } from './config.ts';
import { dropLeadingHeading, type ExcerptPart, excerptParts } from './excerpt.ts';
import { bestResemblance, compareGrades, gradeMatch, isEcho } from './match.ts';
import type {
	PagefindApi,
	PagefindModule,
	PagefindResult,
	PagefindResultData,
	PagefindSubResult,
} from './pagefind-types.ts';
import { queryTerms } from './query.ts';

export interface SectionHit {
	title: string;
	url: string;
	excerpt: ExcerptPart[];
}

export interface PageHit {
	title: string;
	url: string;
	/** The section label from the page's search filter (Stack, Glossary, …). */
	section: string | undefined;
	excerpt: ExcerptPart[];
	sections: SectionHit[];
}

export interface Outcome {
	terms: string[];
	pages: PageHit[];
	/** Matching pages per section label for this query, before the section filter; empty when unknown. */
	counts: Record<string, number>;
	/** Terms no shown result really matched: the ones "Did you mean" should correct. */
	unmatched: string[];
	/** The per-section counts were not loaded yet; `SearchEngine.counts()` waits for them. */
	countsPending?: boolean;
}

/** Each search checks this between its steps and stops when a newer keystroke has replaced it. */
export type IsStale = () => boolean;

const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean);

/** The words Pagefind matched in a result: at its body locations and in any matched metadata. */
function matchedWords(result: PagefindResult, data: PagefindResultData): string[] {
	const content = words(data.content);
	const found = (result.words ?? data.locations ?? []).map((location) => content[location] ?? '');
	for (const field of result.matchedMetaFields ?? []) found.push(...words(data.meta[field]));
	return found;
}

const sectionScore = (sub: PagefindSubResult, terms: string[]) => {
	const hits = (sub.weighted_locations ?? []).reduce((sum, hit) => sum + hit.balanced_score, 0);
	// A section whose heading is the searched term comes first, e.g. the glossary entry itself.
	const named = terms.filter((term) => bestResemblance(term, words(sub.title)) === 'strong').length;
	return named * 1e6 + hits;
};

function toPageHit(data: PagefindResultData, terms: string[]): PageHit {
	const title = data.meta.title ?? data.raw_url ?? data.url;
	const isIntro = (sub: PagefindSubResult) => !sub.anchor || sub.anchor.id === '_top';
	const intro = data.sub_results.find(isIntro);
	const anchored = data.sub_results.filter((sub) => !isIntro(sub));
	const excerpt = intro?.excerpt ?? (anchored.length === 0 ? data.excerpt : '');
	return {
		title,
		url: data.url,
		section: data.filters.section?.[0],
		excerpt: dropLeadingHeading(excerptParts(excerpt), title),
		sections: anchored
			.map((sub) => ({ sub, score: sectionScore(sub, terms) }))
			.sort((a, b) => b.score - a.score)
			.slice(0, sectionsPerPage)
			.map(({ sub }) => ({
				title: sub.title,
				url: sub.url,
				excerpt: dropLeadingHeading(excerptParts(sub.excerpt), sub.title),
			})),
	};
}

/**
 * Pages matching any of the terms, for a query whose words never all occur on one page: pages
 * matching more terms first, then by summed score. Pagefind itself requires every word.
 */
async function anyTerm(pagefind: PagefindApi, terms: string[], filters: Record<string, string> | undefined) {
	const searches = await Promise.all(terms.map((term) => pagefind.search(term, { filters })));
	const byId = new Map<string, { result: PagefindResult; terms: number; score: number }>();
	for (const search of searches) {
		for (const result of search.results) {
			const seen = byId.get(result.id);
			if (!seen) byId.set(result.id, { result, terms: 1, score: result.score });
			else {
				seen.terms++;
				seen.score += result.score;
				if (result.score > seen.result.score) seen.result = result;
			}
		}
	}
	return [...byId.values()].sort((a, b) => b.terms - a.terms || b.score - a.score).map((entry) => entry.result);
}

/** Loads Pagefind on first use and turns a query into graded, display-ready results. */
export class SearchEngine {
	#pagefind: Promise<PagefindApi> | undefined;
	#filters: Promise<unknown> | undefined;
	#filtersLoaded = false;
	readonly #bundle: string;
	readonly #metaCacheTag: string | undefined;

	/** `metaCacheTag` changes with every build, so Pagefind's metadata can be cached until the next one. */
	constructor(bundle: string, metaCacheTag?: string) {
		this.#bundle = bundle;
		this.#metaCacheTag = metaCacheTag;
	}

	/** Starts loading Pagefind (script, WebAssembly, metadata) without searching. Safe to call often. */
	warm(): Promise<PagefindApi> {
		this.#pagefind ??= (async () => {
			this.#prefetch();
			const module: PagefindModule = await import(/* @vite-ignore */ `${this.#bundle}pagefind.js`);
			// An instance of our own, not the module's shared one: the 404 page's suggestions search
			// the same bundle and must not get our ranking or highlight parameters, nor we theirs.
			const tag = this.#metaCacheTag ? { metaCacheTag: this.#metaCacheTag } : {};
			const pagefind = module.createInstance({ ...pagefindOptions, ...tag });
			await pagefind.init();
			return pagefind;
		})().catch((error: unknown) => {
			this.#pagefind = undefined; // let the next keystroke retry, e.g. after a network blip
			throw error;
		});
		return this.#pagefind;
	}

	/**
	 * pagefind.js fetches its entry file, then its WebAssembly, one after the other. Asking for both
	 * while the script itself downloads overlaps the three; Pagefind's own fetches then find them
	 * in the preload cache. The WebAssembly is named after the page language (wasm.en.pagefind).
	 */
	#prefetch() {
		const tag = this.#metaCacheTag;
		const lang = document.documentElement.lang.toLowerCase();
		const files = [...(tag ? [`pagefind-entry.json?ts=${tag}`] : []), ...(lang ? [`wasm.${lang}.pagefind`] : [])];
		for (const file of files) {
			const link = document.createElement('link');
			link.rel = 'preload';
			link.as = 'fetch';
			link.crossOrigin = 'anonymous';
			link.href = `${this.#bundle}${file}`;
			document.head.append(link);
		}
	}

	/**
	 * Loads the filter index, which Pagefind needs before it reports per-section counts. It is not
	 * awaited: the first query of a page is shown without counts rather than one request later.
	 * Returns whether the counts of a search made now are still missing.
	 */
	#loadFilters(pagefind: PagefindApi): boolean {
		if (this.#filtersLoaded) return false;
		this.#filters ??= pagefind.filters().then(
			() => {
				this.#filtersLoaded = true;
			},
			() => {
				this.#filters = undefined;
			},
		);
		return true;
	}

	/** The per-section counts of a query, once the filter index has loaded (empty if it failed). */
	async counts(query: string): Promise<Record<string, number>> {
		await this.#filters;
		const pagefind = await this.warm();
		return (await pagefind.search(queryTerms(query).join(' '))).totalFilters?.section ?? {};
	}

	/** Resolves `undefined` when `isStale` says a newer query took over. */
	async search(query: string, sectionLabel: string | undefined, isStale: IsStale): Promise<Outcome | undefined> {
		const terms = queryTerms(query);
		if (terms.length === 0) return { terms, pages: [], counts: {}, unmatched: [] };
		const pagefind = await this.warm();
		if (isStale()) return undefined;

		const filters = sectionLabel ? { section: sectionLabel } : undefined;
		let countsPending = this.#loadFilters(pagefind);
		const search = await pagefind.search(terms.join(' '), { filters });
		let candidates = search.results;
		// Start loading the top pages even if a newer keystroke has arrived: the next query, one
		// letter longer, usually wants the same pages, and Pagefind keeps what it loaded.
		const pending = candidates.slice(0, pagesLoaded).map((result) => {
			const data = result.data();
			data.catch(() => {}); // a stale search's failed load must not surface as an unhandled rejection
			return data;
		});
		if (isStale()) return undefined;
		let counts = search.totalFilters?.section ?? {};
		if (candidates.length === 0 && terms.length > 1) {
			candidates = await anyTerm(pagefind, terms, filters);
			// No page has every word, so there are no per-section counts to show for the query.
			counts = {};
			countsPending = false;
			if (isStale()) return undefined;
		}

		const loaded = await Promise.all(
			candidates.slice(0, pagesLoaded).map(async (result, index) => {
				const data = await (pending[index] ?? result.data());
				const matched = matchedWords(result, data);
				return { data, matched, grade: gradeMatch(terms, matched) };
			}),
		);
		if (isStale()) return undefined;
		const real = loaded.filter(({ grade }) => !isEcho(grade)).sort((a, b) => compareGrades(a.grade, b.grade));
		// Only echoes of a misspelt word: their per-section counts would point the reader at nothing.
		if (loaded.length > 0 && real.length === 0) counts = {};

		return {
			terms,
			pages: real.map(({ data }) => toPageHit(data, terms)),
			counts,
			countsPending,
			unmatched: terms.filter((term) => !real.some(({ matched }) => bestResemblance(term, matched) !== 'none')),
		};
	}
}
