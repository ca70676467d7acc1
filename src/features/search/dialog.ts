import { sectionIds } from '../../lib/sections.ts';
import { pagefindOptions, shareParams } from './config.ts';
import { type PagefindModal, searchInstance } from './pagefind-components.ts';
import type { SearchField } from './search-field.ts';
import './search-field.ts';
import './search-status.ts';
import './section-filter.ts';
import { preferNamedSections } from './sub-results.ts';

export interface Dialog {
	readonly isOpen: boolean;
	/** Opens the dialog, optionally with a query and a section id (a shared link). */
	open(query?: string, section?: string | null): void;
	/** Adds text typed before the dialog was ready. */
	type(text: string): void;
	close(): void;
}

function stylesheet(href: string): Promise<unknown> {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	document.head.append(link);
	return new Promise((resolve, reject) => Object.assign(link, { onload: resolve, onerror: reject }));
}

/** Keeps the address bar a shareable link to the open search (`?search=kafka&section=stack`). */
function writeAddress(query: string, section: string) {
	const url = new URL(location.href);
	url.searchParams.delete(shareParams.query);
	url.searchParams.delete(shareParams.section);
	if (query) url.searchParams.set(shareParams.query, query);
	if (query && section) url.searchParams.set(shareParams.section, section);
	if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/**
 * Loads Pagefind's Component UI (its script and stylesheet from dist/pagefind/), configures its instance, then
 * attaches the dialog's markup, kept in a <template> in SiteSearch.astro until now: Pagefind's components
 * configure their instance the moment they connect, so the options must be set first.
 */
export async function mountDialog(host: HTMLElement & { bundle: string }): Promise<Dialog> {
	const styles = stylesheet(`${host.bundle}pagefind-component-ui.css`);
	await import(/* @vite-ignore */ `${host.bundle}pagefind-component-ui.js`);
	window.PagefindComponents?.configureInstance('default', {
		...pagefindOptions,
		bundlePath: host.bundle,
	});
	const instance = searchInstance();
	instance.triggerLoad().catch(() => {}); // pagefind.js, its WebAssembly and index entry, while the styles arrive
	await styles;

	const template = host.querySelector('template');
	if (template) host.append(template.content.cloneNode(true));
	const modal = host.querySelector<PagefindModal>('pagefind-modal');
	const field = host.querySelector<SearchField>('search-field');
	const button = host.querySelector('button');
	if (!modal || !field || !button) throw new Error('search dialog markup is missing');
	preferNamedSections(instance);
	// Pagefind names its dialog "search"; ours is named like the button that opens it.
	modal.querySelector('dialog')?.setAttribute('aria-label', host.dataset.label ?? '');

	let returnFocus: Element | null = null;
	// Registered as the modal's trigger (Pagefind's hook for custom components): the modal then keeps our
	// button's aria-expanded and aria-controls right and calls handleModalClose when it closes.
	Object.assign(host, {
		buttonEl: button,
		handleModalClose() {
			button.setAttribute('aria-expanded', 'false');
			writeAddress('', '');
			(returnFocus instanceof HTMLElement && returnFocus.isConnected ? returnFocus : button).focus();
			returnFocus = null;
		},
	});
	instance.registerUtility(host, 'modal-trigger');
	instance.on('search', (_term, filters) => writeAddress(field.query, filters.section?.[0] ?? ''), host);

	return {
		get isOpen() {
			return modal.isOpen;
		},
		open(query, section) {
			if (!modal.isOpen) {
				returnFocus = document.activeElement;
				modal.open();
			}
			if (query === undefined) return;
			const known = sectionIds.find((id) => id === section);
			field.search(query, known ? { section: [known] } : {});
		},
		type: (text) => field.search(`${field.inputEl?.value ?? ''}${text}`),
		close: () => modal.close(),
	};
}
