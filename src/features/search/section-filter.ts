import { onSearchEvent, searchInstance } from './pagefind-components.ts';

/**
 * The section chips (radio buttons in SiteSearch.astro). Pagefind's filter components are multi-select and count
 * within the current selection, so once a section is chosen every other reads 0. These are single-choice and each
 * counts the query's pages in its section (Pagefind's `totalFilters`).
 */
class SectionFilter extends HTMLElement {
	instance = searchInstance(); // Pagefind's components carry their instance
	connectedCallback() {
		const instance = this.instance;
		instance.registerFilter(this);
		this.addEventListener('change', () => {
			const id = this.querySelector<HTMLInputElement>('input:checked')?.value;
			instance.triggerFilters(id ? { section: [id] } : {});
		});
		onSearchEvent('search', (_term, filters) => this.#check(filters.section?.[0] ?? ''), this);
		onSearchEvent(
			'filters',
			({ total }) => this.#count(instance.searchTerm ? (total?.section ?? {}) : undefined),
			this,
		);
	}

	#check(id: string) {
		const radio = this.querySelector<HTMLInputElement>(`input[value="${id}"]`);
		if (radio) radio.checked = true;
	}

	/** Pages per section for the query on each chip; blank without a query. */
	#count(counts: Record<string, number> | undefined) {
		for (const count of this.querySelectorAll<HTMLElement>('[data-count]')) {
			const value = counts?.[count.dataset.count ?? ''] ?? 0;
			count.textContent = counts ? String(value) : '';
			count.closest('label')?.classList.toggle('is-empty', Boolean(counts) && value === 0);
		}
	}
}

customElements.define('section-filter', SectionFilter);
