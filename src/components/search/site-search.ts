import { isApple, isTyping, sessionFlag, whenIdle } from './browser.ts';
import { shareParams } from './config.ts';
import { SearchEngine } from './engine.ts';
import { highlightLanding } from './highlight.ts';
import { ResultsPanel } from './panel.ts';
import { cleanQuery, maxQueryLength } from './query.ts';
import { isSection, sectionLabels } from './sections.ts';
import { suggest } from './suggest.ts';

const searchedKey = 'backend-2026:searched';

/** The search button and dialog in the header of every page (markup in components/starlight/Search.astro). */
class SiteSearch extends HTMLElement {
	#engine = new SearchEngine('/pagefind/');
	#vocabulary: Promise<string[]> | undefined;
	#sequence = 0;
	#returnFocus: Element | null = null;
	#panel: ResultsPanel | undefined;

	/** The site's base path, from Astro's BASE_URL (read here, not in the constructor, per the custom-element rules). */
	get #base() {
		return this.dataset.base ?? '/';
	}

	connectedCallback() {
		this.#engine = new SearchEngine(`${this.#base}pagefind/`, this.dataset.metaCacheTag);
		const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
		const dialog = this.querySelector('dialog');
		if (!open || !dialog) return;
		this.#showShortcut(open);
		open.addEventListener('click', () => this.open());
		this.querySelector('button[data-close-modal]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop lands on the <dialog> itself; clicks inside land on its content.
		dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
		dialog.addEventListener('close', () => this.#closed());
		window.addEventListener('keydown', (event) => this.#shortcut(event));
		// Loading Pagefind takes a moment: start when the reader shows intent, not on every page view.
		for (const type of ['pointerenter', 'focus', 'touchstart'])
			open.addEventListener(type, () => this.#engine.warm().catch(() => {}), { once: true, passive: true });
		// A reader who searched earlier in this tab will likely search again: load it once the page is idle.
		if (sessionFlag(searchedKey)) whenIdle(() => this.#engine.warm().catch(() => {}));
		open.disabled = false;

		const input = this.querySelector<HTMLInputElement>('input[role="combobox"]');
		const list = this.querySelector<HTMLElement>('[role="listbox"]');
		if (input && list) {
			this.#panel = new ResultsPanel(this, input, list);
			input.addEventListener('input', () => this.#changed());
			input.addEventListener('keydown', (event) => this.#key(event));
			this.querySelector('button[data-clear]')?.addEventListener('click', () => {
				input.value = '';
				input.focus();
				this.#changed();
			});
			this.querySelector('fieldset')?.addEventListener('change', () => this.#changed());
			list.addEventListener('click', (event) => this.#picked(event));
		}

		const params = new URLSearchParams(location.search);
		if (params.has(shareParams.query)) this.open(params.get(shareParams.query) ?? '', params.get(shareParams.section));
		highlightLanding(`${this.#base}pagefind/`).catch(() => {});
	}

	get #section(): string {
		return this.querySelector<HTMLInputElement>('input[name="section"]:checked')?.value ?? '';
	}

	/** Opens the dialog, optionally with a query and section (a shared link or a "Did you mean"). */
	open(query?: string, section?: string | null) {
		const dialog = this.querySelector('dialog');
		if (!dialog) return;
		if (!dialog.open) {
			this.#returnFocus = document.activeElement;
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
		}
		const input = this.#panel?.input;
		if (!input) return;
		this.#engine.warm().catch(() => {});
		if (section !== undefined) {
			const value = isSection(section) ? section : '';
			const radio = this.querySelector<HTMLInputElement>(`input[name="section"][value="${value}"]`);
			if (radio) radio.checked = true;
		}
		if (query !== undefined) input.value = cleanQuery(query);
		input.focus();
		if (input.value) this.#changed();
	}

	#closed() {
		document.body.toggleAttribute('data-search-modal-open', false);
		this.#writeUrl('', '');
		const target = this.#returnFocus;
		this.#returnFocus = null;
		const fallback = this.querySelector<HTMLElement>('button[data-open-modal]');
		(target instanceof HTMLElement && target.isConnected ? target : fallback)?.focus();
	}

	#shortcut(event: KeyboardEvent) {
		const dialog = this.querySelector('dialog');
		if (!dialog) return;
		if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (dialog.open) dialog.close();
			else this.open();
		} else if (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !dialog.open) {
			if (isTyping(event.target)) return;
			event.preventDefault();
			this.open();
		}
	}

	#showShortcut(open: HTMLButtonElement) {
		const shortcut = open.querySelector<HTMLElement>('kbd');
		if (isApple()) {
			const key = open.querySelector('[data-platform-key]');
			if (key) key.textContent = '⌘';
			open.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}
		if (shortcut) shortcut.hidden = false;
	}

	#key(event: KeyboardEvent) {
		const active = this.#panel?.active;
		if (!active || event.isComposing) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			active.move(event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			active.current()?.click();
		}
	}

	/** A click (or Enter) on an option: a suggestion searches in place, a result navigates. */
	#picked(event: MouseEvent) {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-suggestion]');
		if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
		event.preventDefault();
		this.open(link.dataset.suggestion ?? '');
	}

	#changed() {
		const input = this.#panel?.input;
		if (!input) return;
		// maxlength stops typing, not pasting from script or a shared link.
		if (input.value.length > maxQueryLength) input.value = input.value.slice(0, maxQueryLength);
		const query = cleanQuery(input.value);
		const clear = this.querySelector<HTMLButtonElement>('button[data-clear]');
		if (clear) clear.hidden = input.value === '';
		this.#writeUrl(query, this.#section);
		this.#run(query);
	}

	async #run(query: string) {
		if (query) sessionFlag(searchedKey, true);
		const panel = this.#panel;
		if (!panel) return;
		const sequence = ++this.#sequence;
		panel.busy();
		const isStale = () => sequence !== this.#sequence;
		const id = this.#section;
		const label = isSection(id) ? sectionLabels[id] : undefined;
		const hrefFor = (text: string) => this.#href(text);
		if (!query) {
			panel.render(query, { terms: [], pages: [], counts: {}, unmatched: [] }, [], hrefFor);
			return;
		}
		try {
			const outcome = await this.#engine.search(query, label, isStale);
			if (!outcome) return;
			const unmatched = outcome.unmatched.filter((term) => [...term].length >= 3);
			const wanted = outcome.pages.length === 0 || unmatched.length > 0;
			const suggestions = wanted ? suggest(query, await this.#loadVocabulary()) : [];
			if (isStale()) return;
			panel.render(query, outcome, suggestions, hrefFor, label);
			// Fill in the per-section counts once Pagefind's filter index has arrived.
			if (outcome.countsPending && outcome.pages.length > 0)
				this.#engine.counts(query).then(
					(counts) => isStale() || panel.showCounts(query, counts),
					() => {},
				);
		} catch {
			if (!isStale()) panel.unavailable();
		}
	}

	#loadVocabulary(): Promise<string[]> {
		this.#vocabulary ??= fetch(`${this.#base}search-vocabulary.json`)
			.then((response) => (response.ok ? response.json() : []))
			.then((terms: unknown) => (Array.isArray(terms) ? terms.filter((term) => typeof term === 'string') : []))
			.catch(() => {
				this.#vocabulary = undefined;
				return [];
			});
		return this.#vocabulary;
	}

	#href(query: string, section = this.#section): string {
		const url = new URL(location.href);
		url.searchParams.set(shareParams.query, query);
		if (section) url.searchParams.set(shareParams.section, section);
		else url.searchParams.delete(shareParams.section);
		return url.href;
	}

	/** Keeps the address bar a shareable link to the open search; closing the dialog removes it. */
	#writeUrl(query: string, section: string) {
		const url = new URL(this.#href(query, section));
		if (!query && !this.querySelector('dialog')?.open) url.searchParams.delete(shareParams.query);
		if (url.href !== location.href) history.replaceState(history.state, '', url);
	}
}

customElements.define('site-search', SiteSearch);
