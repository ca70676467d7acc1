/** The dialog's words. The site is English-only; Starlight's own labels come from Astro.locals.t. */
export const strings = {
	clear: 'Clear search',
	filterLegend: 'Search in section',
	allSections: 'All',
	results: 'Search results',
	keysMove: 'to move',
	keysOpen: 'to open',
	keysClose: 'to close',
	unavailable: 'Search could not load. Check your connection and try again.',
	didYouMean: 'Did you mean',
	noResults: (query: string) => `No results for “${query}”.`,
	noResultsIn: (query: string, section: string) => `No results for “${query}” in ${section}.`,
	found: (count: number, query: string) => `${count} ${count === 1 ? 'page' : 'pages'} for “${query}”.`,
};
