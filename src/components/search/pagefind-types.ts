/**
 * The part of Pagefind 1.6's browser API (dist/pagefind/pagefind.js) that the search dialog uses.
 * Pagefind ships no types for it; these follow https://pagefind.app/docs/api/ and the 1.6 bundle.
 */
export interface PagefindAnchor {
	element: string;
	id: string;
	text?: string;
	location: number;
}

export interface PagefindWeightedLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

export interface PagefindSubResult {
	title: string;
	/** With the highlight parameter and the #anchor. */
	url: string;
	/** Entity-encoded text with <mark> around hits. */
	excerpt: string;
	anchor?: PagefindAnchor;
	locations?: number[];
	weighted_locations?: PagefindWeightedLocation[];
}

export interface PagefindResultData {
	/** With the highlight parameter. */
	url: string;
	raw_url?: string;
	excerpt: string;
	/** The page's indexed text; `locations` index its whitespace-separated words. */
	content: string;
	word_count: number;
	locations: number[];
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Locations of the matched words in `content`. */
	words: number[];
	/** Metadata fields (title, aliases) the query matched. */
	matchedMetaFields?: string[];
	data(): Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
	filters?: Record<string, string | string[]>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Result counts per filter value for this query with the current filters applied. */
	filters: Record<string, Record<string, number>>;
	/** Result counts per filter value for this query without filters. */
	totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindRanking {
	pageLength?: number;
	termFrequency?: number;
	termSaturation?: number;
	termSimilarity?: number;
	metaWeights?: Record<string, number>;
}

export interface PagefindOptions {
	baseUrl?: string;
	excerptLength?: number;
	highlightParam?: string;
	ranking?: PagefindRanking;
	noWorker?: boolean;
	/** Replaces the timestamp Pagefind adds to its metadata request, so the request can be cached. */
	metaCacheTag?: string;
}

/** pagefind.js itself; `createInstance` gives a search instance with options of its own. */
export interface PagefindModule {
	createInstance(options: PagefindOptions): PagefindApi;
}

export interface PagefindApi {
	options(options: PagefindOptions): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: PagefindSearchOptions): Promise<PagefindSearch>;
	/** Every filter value with its page count. */
	filters(): Promise<Record<string, Record<string, number>>>;
}
