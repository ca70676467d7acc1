import type { PagefindOptions } from './pagefind-types.ts';

/** The query-string parameter that carries the searched words to the result page for highlighting. */
export const highlightParam = 'highlight';

/** The query-string parameters of a shareable search: `/?search=kafka&section=stack`. */
export const shareParams = { query: 'search', section: 'section' } as const;

/**
 * Pagefind options, tuned on tests/e2e/search-queries.json. Pagefind's defaults favour short pages
 * by term frequency; a knowledge base wants the page that is *about* the term, so frequency and
 * length count little, saturation is slow, and near-length words (kafka, not kafkaesque) win.
 * Titles keep Pagefind's 5× boost and aliases get the same: an alias is another name for the title.
 * Headings get Pagefind's built-in weights (h1 7, h2 6, h3 5 against 1 for text).
 */
export const pagefindOptions: PagefindOptions = {
	highlightParam,
	excerptLength: 24,
	ranking: {
		pageLength: 0.1,
		termFrequency: 0.1,
		termSaturation: 2,
		termSimilarity: 9,
		metaWeights: { title: 5, aliases: 5 },
	},
	// For ~50 pages a search takes a few milliseconds on the main thread; the worker would cost
	// another 43 KB download and a start-up before the first query.
	noWorker: true,
};

/**
 * Result pages shown. Each costs a fragment request on first use, and they are graded and
 * re-ranked together; six pages with up to three sections each fill the dialog.
 */
export const pagesLoaded = 6;
/** Matching sections shown under each page. */
export const sectionsPerPage = 3;
