import { searchInstance } from './pagefind-components.ts';

/**
 * The section chips (radio buttons, markup in SiteSearch.astro). Ours rather than <pagefind-filter-pane> or
 * <pagefind-filter-dropdown>: those are multi-select facets that count each unselected value *within* the
 * current selection (Pagefind's `filters`), and a page has one section, so once a section is chosen every
 * other one reads 0 and the reader cannot see where else the words occur. These are single-choice, in the
 * site's learning order, and each counts the query's pages in its section (Pagefind's `totalFilters`).
 */
class SectionFilter extends HTMLElement {
	connectedCallback() {
		const instance = searchInstance();
		instance.registerFilter(this);
		this.addEventListener('change', () => {
			const id = this.querySelector<HTMLInputElement>('input:checked')?.value;
			instance.triggerFilters(id ? { section: [id] } : {});
		});
		instance.on('search', (_term, filters) => this.#check(filters.section?.[0] ?? ''), this);
		instance.on('filters', ({ total }) => this.#count(instance.searchTerm ? (total?.section ?? {}) : undefined), this);
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
