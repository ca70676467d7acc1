/**
 * The part of Pagefind 1.6's Component UI (dist/pagefind/pagefind-component-ui.js, which sets
 * `window.PagefindComponents`) our pieces use: https://pagefind.app/docs/custom-components/. Pagefind ships
 * these types only in the @pagefind/component-ui npm package, whose last release is 1.5.2.
 */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
export interface PagefindResultData {
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}
export type FilterSelection = Record<string, string[]>;
export type PagefindResults = { results: { data(): Promise<PagefindResultData> }[] };
interface Events {
	search: (term: string, filters: FilterSelection) => void;
	loading: () => void;
	results: (result: PagefindResults) => void;
	filters: (counts: { total: Record<string, Record<string, number>> | null }) => void;
	error: () => void;
}
type FocusFrom = (from: Element) => boolean | undefined;

export interface Instance {
	searchTerm: string;
	searchFilters: FilterSelection;
	on<E extends keyof Events>(event: E, callback: Events[E], owner: Element): void;
	triggerLoad(): Promise<void>;
	triggerSearchWithFilters(term: string, filters: FilterSelection): void;
	triggerFilters(filters: FilterSelection): void;
	registerResults(component: Element, capabilities: { keyboardNavigation: true }): void;
	registerFilter(component: Element): void;
	registerUtility(component: Element, subtype: string): void;
	setTranslations(strings: Record<string, string>): void;
	focusNextResults: FocusFrom;
	focusPreviousInput: FocusFrom;
	/** Its sub-results without the page's own, thinned to the `limit` with most hits (in page order). */
	getDisplaySubResults(result: PagefindResultData, limit?: number): PagefindSubResult[];
	/** Not documented: the one step every search goes through, whichever component triggered it (see dialog.ts). */
	__search__(term: string, filters: FilterSelection): Promise<void>;
}

export interface PagefindModal extends HTMLElement {
	readonly isOpen: boolean;
	open(): void;
	close(): void;
}

declare global {
	interface Window {
		PagefindComponents?: {
			configureInstance(name: string, options: Record<string, unknown>): Instance;
			getInstanceManager(): { getInstance(name: string): Instance };
		};
	}
}

/** The page's one search instance (Pagefind's "default"), once the Component UI has loaded. */
export function searchInstance(): Instance {
	const components = window.PagefindComponents;
	if (!components) throw new Error('Pagefind Component UI is not loaded');
	return components.getInstanceManager().getInstance('default');
}
