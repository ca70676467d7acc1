import type { FilterSelection } from './pagefind-components.ts';
import { searchInstance } from './pagefind-components.ts';
import { cleanQuery, maxQueryLength, queryTerms } from './query.ts';

/**
 * The search field. Ours rather than <pagefind-input>, which hands Pagefind the text as typed: Pagefind requires
 * every word to match, so "sql vs nosql" finds nothing and "when should I use a message queue" ranks the wrong
 * pages (both in tests/e2e/search-queries.json). This one searches for the words that carry the query (query.ts),
 * on every keystroke rather than after a 300 ms pause. It registers as the instance's input, as
 * <pagefind-input> does, so ↓ moves into the results and typing on a result comes back here.
 */
export class SearchField extends HTMLElement {
	inputEl: HTMLInputElement | null = null;

	/** The query as the reader wrote it, cleaned: what messages and shared links repeat. */
	get query(): string {
		return cleanQuery(this.inputEl?.value);
	}

	connectedCallback() {
		const instance = searchInstance();
		const input = this.querySelector('input');
		if (!input) return;
		this.inputEl = input;
		instance.registerInput(this, { keyboardNavigation: true });
		input.addEventListener('input', () => this.search());
		input.addEventListener('focus', () => {
			instance.registerShortcut({ label: '↓', description: instance.translate('keyboard_navigate') }, this);
		});
		input.addEventListener('blur', () => instance.deregisterAllShortcuts(this));
		input.addEventListener('keydown', (event) => {
			if (event.isComposing) return;
			if (event.key === 'ArrowDown') {
				event.preventDefault();
				instance.focusNextResults(input);
			} else if (event.key === 'Enter') {
				// Enter goes to the first result, so a reader who knows what they want never leaves the keys.
				event.preventDefault();
				this.closest('dialog')?.querySelector<HTMLAnchorElement>('pagefind-results a')?.click();
			}
		});
	}

	/** Searches for `text` (replacing the field's value when given), with `filters` when given. */
	search(text?: string, filters?: FilterSelection) {
		const input = this.inputEl;
		if (!input) return;
		// maxlength stops typing, not a paste from script or a shared link.
		if (text !== undefined) input.value = text;
		if (input.value.length > maxQueryLength) input.value = input.value.slice(0, maxQueryLength);
		const terms = queryTerms(input.value).join(' ');
		const instance = searchInstance();
		if (filters) instance.triggerSearchWithFilters(terms, filters);
		else instance.triggerSearch(terms);
	}

	focus() {
		this.inputEl?.focus();
	}
}

customElements.define('search-field', SearchField);
