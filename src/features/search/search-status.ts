import { sections } from '../../lib/sections.ts';
import { shareParams, strings } from './config.ts';
import { resembles } from './match.ts';
import { type PagefindResultData, searchInstance } from './pagefind-components.ts';
import { queryTerms } from './query.ts';
import type { SearchField } from './search-field.ts';
import { suggest } from './suggest.ts';

/** Words Pagefind marked in a result's excerpts: it really matched these, so a near spelling counts. */
function markedWords(data: PagefindResultData): string[] {
	return [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)]
		.flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1] ?? ''))
		.flatMap((text) => text.split(/[\s,]+/));
}

/**
 * Words of a result's title and aliases (a page found only through its frontmatter has no marks). Pagefind may not
 * have matched these at all, so only the typed word itself, or a word it starts with or that starts it, counts:
 * "kuberntes" must not count as found because a page it reached through "kube-proxy" has the alias "Kubernetes".
 */
function metaWords(data: PagefindResultData): string[] {
	return [data.meta.title ?? '', data.meta.aliases ?? ''].flatMap((text) => text.toLowerCase().split(/[\s,]+/));
}

const startsEither = (term: string, word: string) =>
	word.length >= 3 && (word.startsWith(term) || term.startsWith(word));

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
 * (`data-echoes` on <pagefind-results>) and offers the nearest of the site's own terms instead. It stands in
 * for <pagefind-summary>, whose message cannot name the section. Registered as a results component so ↓ from
 * the field reaches the suggestions first. Marks the query it shows in `data-query` (tests and the bench).
 */
class SearchStatus extends HTMLElement {
	#shown = 0;

	connectedCallback() {
		const instance = searchInstance();
		const results = this.parentElement?.querySelector('pagefind-results');
		instance.registerResults(this, { keyboardNavigation: true });
		instance.on('loading', () => this.setAttribute('aria-busy', 'true'), this);
		instance.on(
			'results',
			(result) => this.#show(result, results).catch(() => this.#message(strings.unavailable)),
			this,
		);
		instance.on('error', () => this.#message(strings.unavailable), this);
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest('a');
			if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
			event.preventDefault();
			this.#field()?.search(link.textContent ?? '');
			this.#field()?.focus();
		});
		// ↑/↓ as in Pagefind's results, so the suggestions read as the first results.
		this.addEventListener('keydown', (event) => {
			const links = [...this.querySelectorAll('a')];
			const at = links.indexOf(event.target as HTMLAnchorElement);
			const step = ({ ArrowDown: 1, ArrowUp: -1 } as Record<string, number>)[event.key];
			const link = links[at];
			if (!link || !step) return;
			event.preventDefault();
			const next = links[at + step];
			if (next) next.focus();
			else if (step > 0) instance.focusNextResults(link);
			else instance.focusPreviousInput(link);
		});
	}

	#field() {
		return this.closest('dialog')?.querySelector<SearchField>('search-field');
	}

	async #show(result: { results: { data(): Promise<PagefindResultData> }[] }, results: Element | null | undefined) {
		const shown = ++this.#shown;
		const query = this.#field()?.query ?? '';
		const terms = queryTerms(query);
		// Pagefind loads each fragment once, so these are the same loads <pagefind-results> makes for its top rows.
		const top = await Promise.all(result.results.slice(0, 3).map((hit) => hit.data()));
		const marked = top.flatMap(markedWords);
		const meta = top.flatMap(metaWords);
		// Two-letter words (JS, MQ) are left alone: too short to tell a typo from a prefix.
		const unmatched = terms.filter(
			(term) =>
				[...term].length >= 3 &&
				!marked.some((word) => resembles(term, word)) &&
				!meta.some((word) => startsEither(term, word)),
		);
		const echoes = top.length > 0 && unmatched.length === terms.length;
		const suggestions =
			unmatched.length > 0 || top.length === 0
				? suggest(query, await loadVocabulary(this.closest<HTMLElement>('site-search')?.dataset.base ?? '/'))
				: [];
		if (shown !== this.#shown) return;

		results?.toggleAttribute('data-echoes', echoes);
		const section = sections.find(({ id }) => id === searchInstance().searchFilters.section?.[0])?.short;
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
