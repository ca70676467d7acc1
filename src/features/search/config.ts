/** The query-string parameter that carries the searched words to the result page for highlighting. */
export const highlightParam = 'highlight';

/** The query-string parameters of a shareable search: `/?search=kafka&section=stack`. */
export const shareParams = { query: 'search', section: 'section' } as const;

/**
 * Pagefind options for the Component UI instance, tuned on tests/e2e/search-queries.json. Pagefind's defaults
 * favour short pages by term frequency; a knowledge base wants the page that is *about* the term, so frequency
 * and length count little, saturation is slow, and near-length words (kafka, not kafkaesque) win. Titles keep
 * Pagefind's 5× boost and aliases get the same: an alias is another name for the title.
 */
export const pagefindOptions = {
	highlightParam,
	excerptLength: 24,
	ranking: {
		pageLength: 0.1,
		termFrequency: 0.1,
		termSaturation: 2,
		termSimilarity: 9,
		metaWeights: { title: 5, aliases: 5 },
	},
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
