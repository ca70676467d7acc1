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
interface Events {
	search: (term: string, filters: FilterSelection) => void;
	loading: () => void;
	results: (result: { results: { data(): Promise<PagefindResultData> }[] }) => void;
	filters: (counts: { total: Record<string, Record<string, number>> | null }) => void;
	error: () => void;
}
type Keyboard = { keyboardNavigation: true };
type FocusFrom = (from: Element) => boolean | undefined;

export interface Instance {
	searchTerm: string;
	searchFilters: FilterSelection;
	on<E extends keyof Events>(event: E, callback: Events[E], owner: Element): void;
	triggerLoad(): Promise<void>;
	triggerSearch(term: string): void;
	triggerSearchWithFilters(term: string, filters: FilterSelection): void;
	triggerFilters(filters: FilterSelection): void;
	registerInput(component: Element, capabilities: Keyboard): void;
	registerResults(component: Element, capabilities: Keyboard): void;
	registerFilter(component: Element): void;
	registerUtility(component: Element, subtype: string): void;
	registerShortcut(shortcut: { label: string; description: string }, owner: Element): void;
	deregisterAllShortcuts(owner: Element): void;
	focusNextResults: FocusFrom;
	focusPreviousInput: FocusFrom;
	focusInputAndType(from: Element, character: string): void;
	focusInputAndDelete(from: Element): void;
	translate(key: string): string;
	/** Its sub-results without the page's own, thinned to the `limit` with most hits (in page order). */
	getDisplaySubResults(result: PagefindResultData, limit?: number): PagefindSubResult[];
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
