import { shareUntilFailure } from '../../lib/retry-once.ts';
import { sections } from '../../lib/sections.ts';
import { shareParams, strings } from './config.ts';
import { resembles } from './match.ts';
import {
	onSearchEvent,
	type PagefindResultData,
	type PagefindSearchResult,
	searchInstance,
} from './pagefind-components.ts';
import { cleanQuery, queryTerms } from './query.ts';
import { suggest } from './suggest.ts';

/**
 * Whether a result shows the word: Pagefind marked it (or a near spelling) in an excerpt, or its title or aliases
 * hold it, a word it starts, or a word that starts it ("kube" in an alias does not make "kuberntes" found).
 */
function found(term: string, data: PagefindResultData): boolean {
	const marked = [data.excerpt, ...(data.sub_results ?? []).map((sub) => sub.excerpt)].flatMap((excerpt) =>
		[...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) => (match[1] ?? '').split(/[\s,]+/)),
	);
	const meta = `${data.meta.title ?? ''} ${data.meta.aliases ?? ''}`.toLowerCase().split(/[\s,]+/);
	return (
		marked.some((word) => resembles(term, word)) ||
		meta.some((word) => word.length >= 3 && (word.startsWith(term) || term.startsWith(word)))
	);
}

/** The site's terms for "Did you mean" (vocabulary.ts), fetched on the first miss. */
const loadVocabulary = shareUntilFailure(async (): Promise<string[]> => {
	const base = document.querySelector<HTMLElement>('site-search')?.dataset.base ?? '/';
	const response = await fetch(`${base}search-vocabulary.json`);
	if (!response.ok) throw new Error(`search-vocabulary.json: HTTP ${response.status}`);
	return response.json();
});

/**
 * "No results … in <section>" (which <pagefind-summary> cannot say) and "Did you mean …" (Pagefind has none). A
 * misspelt word gets pages matching ever shorter prefixes of it; when the top results match none of the words,
 * this hides them and suggests the site's own terms. `data-query` marks the query shown (tests, bench).
 */
class SearchStatus extends HTMLElement {
	instance = searchInstance(); // Pagefind's components carry their instance
	#shown = 0;

	connectedCallback() {
		const instance = this.instance;
		instance.registerResults(this, { keyboardNavigation: true });
		instance.on('loading', () => this.setAttribute('aria-busy', 'true'), this);
		onSearchEvent(
			'results',
			(result) => {
				// Pagefind's data() rebuilds every excerpt on each call (~40 ms for the glossary): one call serves both
				// <pagefind-results> and this line.
				for (const hit of result.results) hit.data = shareUntilFailure(hit.data.bind(hit));
				this.#show(result).catch(() => this.#message(strings.unavailable));
			},
			this,
		);
		instance.on('error', () => this.#message(strings.unavailable), this);
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest('a');
			if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
			event.preventDefault();
			instance.triggerSearchWithFilters(link.textContent ?? '', instance.searchFilters); // <pagefind-input> shows it
			instance.focusPreviousInput(link);
		});
		// ↑/↓ as in Pagefind's results, so the suggestions read as the first results.
		this.addEventListener('keydown', (event) => {
			const links = [...this.querySelectorAll('a')];
			const link = links.find((each) => each === event.target);
			const step = ({ ArrowDown: 1, ArrowUp: -1 } as Record<string, number>)[event.key];
			if (!link || !step) return;
			event.preventDefault();
			const next = links[links.indexOf(link) + step];
			if (next) next.focus();
			else if (step > 0) instance.focusNextResults(link);
			else instance.focusPreviousInput(link);
		});
	}

	async #show(result: PagefindSearchResult) {
		const shown = ++this.#shown;
		const instance = this.instance;
		const query = cleanQuery(instance.searchTerm);
		const terms = queryTerms(query);
		// Once the first result shows every word, the next two cannot change the answer.
		const hits = result.results.slice(0, 3);
		// Two-letter words (JS, MQ) are left alone: too short to tell a typo from a prefix.
		const unmatchedIn = (top: PagefindResultData[]) =>
			terms.filter((term) => [...term].length >= 3 && !top.some((data) => found(term, data)));
		let top = hits[0] ? [await hits[0].data()] : [];
		if (unmatchedIn(top).length > 0) top = await Promise.all(hits.map((hit) => hit.data()));
		const unmatched = unmatchedIn(top);
		const echoes = top.length > 0 && unmatched.length === terms.length;
		const missed = unmatched.length > 0 || top.length === 0;
		const suggestions = missed ? suggest(query, await loadVocabulary().catch(() => [])) : [];
		if (shown !== this.#shown) return;

		this.parentElement?.querySelector('pagefind-results')?.toggleAttribute('data-pf-hidden', echoes);
		const section = sections.find(({ id }) => id === instance.searchFilters.section?.[0])?.short;
		const none = top.length === 0 || echoes ? strings.noResults(query, section) : '';
		const didYouMean = suggestions.length > 0 ? `${strings.didYouMean}:` : '';
		this.#message(query ? [none, didYouMean].filter(Boolean).join(' ') : '', suggestions);
		this.dataset.query = query;
	}

	#message(text: string, suggestions: string[] = []) {
		const [message, list] = [this.querySelector('p'), this.querySelector('ul')];
		if (message) message.textContent = text;
		list?.replaceChildren(
			...suggestions.map((suggestion) => {
				const href = `?${new URLSearchParams({ [shareParams.query]: suggestion })}`;
				const item = document.createElement('li');
				item.append(Object.assign(document.createElement('a'), { href, textContent: suggestion }));
				return item;
			}),
		);
		this.setAttribute('aria-busy', 'false');
	}
}

customElements.define('search-status', SearchStatus);
