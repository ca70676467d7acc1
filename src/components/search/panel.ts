import type { Outcome } from './engine.ts';
import { ActiveOption } from './listbox.ts';
import { pageGroups, suggestionGroup } from './results-view.ts';
import { strings } from './strings.ts';

/**
 * What the dialog shows for a search: the results listbox, the active option, the counts on the section
 * chips, the visible message and, once typing pauses, the screen-reader status. Markup in Search.astro.
 */
export class ResultsPanel {
	readonly input: HTMLInputElement;
	readonly list: HTMLElement;
	readonly active: ActiveOption;
	readonly #root: HTMLElement;
	#statusTimer = 0;

	constructor(root: HTMLElement, input: HTMLInputElement, list: HTMLElement) {
		this.#root = root;
		this.input = input;
		this.list = list;
		this.active = new ActiveOption(input, list);
	}

	/** A search for a newer query has started; the list still shows the previous one. */
	busy() {
		this.list.setAttribute('aria-busy', 'true');
	}

	render(query: string, outcome: Outcome, suggestions: string[], hrefFor: (query: string) => string, section?: string) {
		this.showCounts(query, outcome.counts);
		const { nodes, first } = pageGroups(outcome.pages);
		const didYouMean = suggestions.length > 0 ? [suggestionGroup(suggestions, hrefFor)] : [];
		this.list.replaceChildren(...didYouMean, ...nodes);
		// Which query the list shows, for assistive tech (aria-busy) and for tests and the bench.
		this.list.dataset.query = query;
		this.list.setAttribute('aria-busy', 'false');
		this.input.setAttribute('aria-expanded', String(this.list.children.length > 0));
		this.active.set(first ?? this.active.options()[0]);

		const none = section ? strings.noResultsIn(query, section) : strings.noResults(query);
		let message = '';
		if (query && outcome.pages.length === 0) message = suggestions.length ? `${none} ${strings.didYouMean}:` : none;
		else if (suggestions.length > 0) message = `${strings.didYouMean}:`;
		this.message(message);
		this.#announce(query ? (outcome.pages.length ? strings.found(outcome.pages.length, query) : none) : '');
	}

	unavailable() {
		this.list.setAttribute('aria-busy', 'false');
		this.message(strings.unavailable);
	}

	/** Matching pages per section on the filter chips; blank when there is no query or no count. */
	showCounts(query: string, counts: Record<string, number>) {
		const known = query !== '' && Object.keys(counts).length > 0;
		for (const count of this.#root.querySelectorAll<HTMLElement>('[data-count]')) {
			const value = count.dataset.count ? counts[count.dataset.count] : undefined;
			count.textContent = known ? String(value ?? 0) : '';
			count.closest('label')?.classList.toggle('is-empty', known && !value);
		}
	}

	message(text: string) {
		const message = this.#root.querySelector<HTMLElement>('[data-message]');
		if (!message) return;
		message.textContent = text;
		message.hidden = text === '';
	}

	/** Screen readers hear the count once typing pauses, not once per keystroke. */
	#announce(text: string) {
		clearTimeout(this.#statusTimer);
		this.#statusTimer = window.setTimeout(() => {
			const status = this.#root.querySelector('[data-status]');
			if (status) status.textContent = text;
		}, 600);
	}
}
