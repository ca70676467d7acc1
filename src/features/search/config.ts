/** The query-string parameter that carries the searched words to the result page for highlighting. */
export const highlightParam = 'highlight';

/** The query-string parameters of a shareable search: `/?search=kafka&section=stack`. */
export const shareParams = { query: 'search', section: 'section' } as const;

/**
 * Pagefind options for the Component UI instance, tuned on tests/e2e/search-queries.json (all pass; a grid of
 * settings around these passes too). Page length counts little, so a long page *about* a term is not beaten by a
 * short one that mentions it, and near-length words win (kafka, not kafkaesque). Pagefind scores a metadata match
 * on a word's prefix like an exact one (an alias "ASP.NET Core" matches "cors"), so aliases weigh less than titles.
 */
export const pagefindOptions = {
	highlightParam,
	excerptLength: 24,
	ranking: {
		pageLength: 0.1,
		termFrequency: 1,
		termSaturation: 1,
		termSimilarity: 9,
		metaWeights: { title: 5, aliases: 2 },
	},
	// The `?ts=` of Pagefind's entry request; left unset it is the clock, which no cache can reuse. A constant, not a
	// per-build value that would change every page on every deploy: the offline worker's precache revision and the
	// host's Cache-Control (public/_headers) keep pagefind-entry.json fresh.
	metaCacheTag: 'pagefind',
	// For ~50 pages a search takes a few milliseconds on the main thread; the worker would cost another
	// download and a start-up before the first query.
	noWorker: true,
};

/** The dialog's own words; Pagefind's components bring theirs (Pagefind's `en` translations). */
export const strings = {
	filterLegend: 'Search in section',
	allSections: 'All',
	unavailable: 'Search could not load. Check your connection and try again.',
	didYouMean: 'Did you mean',
	noResults: (query: string, section?: string) => `No results for “${query}”${section ? ` in ${section}` : ''}.`,
};
