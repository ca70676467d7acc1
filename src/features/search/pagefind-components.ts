/**
 * The part of Pagefind 1.6's Component UI (dist/pagefind/pagefind-component-ui.js, which sets
 * `window.PagefindComponents`) our pieces use: https://pagefind.app/docs/custom-components/. Pagefind ships
 * these types only in the @pagefind/component-ui npm package, which has no 1.6 release.
 */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}
export type FilterSelection = Record<string, string[]>;
type Counts = Record<string, Record<string, number>>;
interface Events {
	search: (term: string, filters: FilterSelection) => void;
	loading: () => void;
	results: (result: { results: { data(): Promise<PagefindResultData> }[] }) => void;
	filters: (counts: { total: Counts | null }) => void;
	error: () => void;
}
type Navigation = { keyboardNavigation?: boolean };

export interface Instance {
	searchTerm: string;
	searchFilters: FilterSelection;
	on<E extends keyof Events>(event: E, callback: Events[E], owner: Element): void;
	triggerLoad(): Promise<void>;
	triggerSearch(term: string): void;
	triggerSearchWithFilters(term: string, filters: FilterSelection): void;
	triggerFilters(filters: FilterSelection): void;
	registerInput(component: Element, capabilities: Navigation): void;
	registerResults(component: Element, capabilities: Navigation): void;
	registerFilter(component: Element): void;
	registerUtility(component: Element, subtype: string): void;
	registerShortcut(shortcut: { label: string; description: string }, owner: Element): void;
	deregisterAllShortcuts(owner: Element): void;
	focusNextResults(from: Element): boolean;
	focusPreviousInput(from: Element): boolean;
	focusInputAndType(from: Element, character: string): void;
	focusInputAndDelete(from: Element): void;
	translate(key: string): string;
	/** Its sub-results without the page's own, thinned to the `limit` with most hits (in page order). */
	getDisplaySubResults(result: PagefindResultData, limit: number): PagefindSubResult[];
}

export interface PagefindResults extends HTMLElement {
	/** Renders one result instead of Pagefind's built-in template. */
	resultTemplate: ((result: PagefindResultData) => Element) | null;
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
