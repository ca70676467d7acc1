import type { Instance, InstanceEvent, InstanceEventMap } from '@pagefind/component-ui';

/**
 * Pagefind's Component UI as our pieces use it. The script runs from dist/pagefind/ (Pagefind 1.6, written by the
 * index step); its types come from Pagefind's own @pagefind/component-ui package, whose newest release is 1.5.2:
 * the surface used here is the same in both (https://pagefind.app/docs/custom-components/).
 */
export type { PagefindModal, PagefindResultData, PagefindSearchResult } from '@pagefind/component-ui';
export type { Instance };

declare global {
	interface Window {
		PagefindComponents?: typeof import('@pagefind/component-ui');
	}
}

/** The page's one search instance (Pagefind's "default"), once the Component UI has loaded. */
export function searchInstance(): Instance {
	const components = window.PagefindComponents;
	if (!components) throw new Error('Pagefind Component UI is not loaded');
	return components.getInstanceManager().getInstance('default');
}

/** `instance.on` with the event's arguments typed (Pagefind types every callback as `unknown[]`). */
export function onSearchEvent<E extends InstanceEvent>(
	event: E,
	callback: (...args: InstanceEventMap[E]) => void,
	owner: Element,
): void {
	searchInstance().on(event, callback as (...args: unknown[]) => void, owner);
}
