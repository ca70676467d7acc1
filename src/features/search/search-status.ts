import { sections } from '../../lib/sections.ts';
import { shareParams, strings } from './config.ts';
import { resembles } from './match.ts';
import { type PagefindResultData, type PagefindResults, searchInstance } from './pagefind-components.ts';
import { cleanQuery, queryTerms } from './query.ts';
import { suggest } from './suggest.ts';

/**
 * Words a result shows for the query: those Pagefind marked in its excerpts (it really matched these, so a near
 * spelling counts), and, for a page found through its frontmatter alone, its title and aliases, which Pagefind
 * may not have matched at all: there only the typed word, or a word it starts or that starts it, counts
 * ("kuberntes" must not count as found because a page it reached through "kube-proxy" has the alias "Kubernetes").
 */
function found(term: string, data: PagefindResultData): boolean {
	const marked = [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)].flatMap((excerpt) =>
		[...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) => (match[1] ?? '').split(/[\s,]+/)),
	);
	const meta = `${data.meta.title ?? ''} ${data.meta.aliases ?? ''}`.toLowerCase().split(/[\s,]+/);
	return (
		marked.some((word) => resembles(term, word)) ||
		meta.some((word) => word.length >= 3 && (word.startsWith(term) || term.startsWith(word)))
	);
}

let vocabulary: Promise<string[]> | undefined;
function loadVocabulary(base: string): Promise<string[]> {
	vocabulary ??= fetch(`${base}search-vocabulary.json`)
		.then((response) => (response.ok ? response.json() : []))
		.then((terms: unknown) => (Array.isArray(terms) ? terms.filter((term) => typeof term === 'string') : []))
		.catch(() => {
			vocabulary = undefined;
			return [];
		});
	return vocabulary;
}

/**
 * The line under the filters: "No results …" and "Did you mean …". Ours: Pagefind has no spelling suggestions,
 * and it answers a misspelt word with pages holding ever shorter prefixes of it ("kuberntes" → a page with a
 * word starting "k"). When the top results match none of the words, they are such echoes: this hides them
 * (Pagefind's `data-pf-hidden` on <pagefind-results>) and offers the nearest of the site's own terms instead.
 * It stands in for <pagefind-summary>, whose message cannot name the section. Registered as a results component
 * so ↓ from the field reaches the suggestions first. Marks the query it shows in `data-query` (tests, bench).
 */
class SearchStatus extends HTMLElement {
	#shown = 0;

	connectedCallback() {
		const instance = searchInstance();
		instance.registerResults(this, { keyboardNavigation: true });
		instance.on('loading', () => this.setAttribute('aria-busy', 'true'), this);
		instance.on('results', (result) => this.#show(result).catch(() => this.#message(strings.unavailable)), this);
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

	async #show(result: PagefindResults) {
		const shown = ++this.#shown;
		const instance = searchInstance();
		const query = cleanQuery(instance.searchTerm);
		const terms = queryTerms(query);
		// Pagefind loads each fragment once, so these are loads <pagefind-results> makes for its top rows anyway. Once
		// the first result shows every word, the others cannot change the answer: it is given without them.
		const hits = result.results.slice(0, 3);
		// Two-letter words (JS, MQ) are left alone: too short to tell a typo from a prefix.
		const unmatchedIn = (top: PagefindResultData[]) =>
			terms.filter((term) => [...term].length >= 3 && !top.some((data) => found(term, data)));
		let top = hits[0] ? [await hits[0].data()] : [];
		if (unmatchedIn(top).length > 0) top = await Promise.all(hits.map((hit) => hit.data()));
		const unmatched = unmatchedIn(top);
		const echoes = top.length > 0 && unmatched.length === terms.length;
		const base = this.closest<HTMLElement>('site-search')?.dataset.base ?? '/';
		const suggestions = unmatched.length > 0 || top.length === 0 ? suggest(query, await loadVocabulary(base)) : [];
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
