import { sectionIds } from '../../lib/sections.ts';
import { pagefindOptions, shareParams } from './config.ts';
import { onSearchEvent, type PagefindModal, searchInstance } from './pagefind-components.ts';
import { cleanQuery, maxQueryLength, queryTerms } from './query.ts';
import './search-status.ts';
import './section-filter.ts';
import { preferNamedSections } from './sub-results.ts';

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

/** Loads Pagefind's Component UI, configures its instance, then attaches the dialog from its <template>
 * (Pagefind's components read their instance's options the moment they connect). */
export async function mountDialog(host: HTMLElement & { bundle: string }) {
	const styles = stylesheet(`${host.bundle}pagefind-component-ui.css`);
	await import(/* @vite-ignore */ `${host.bundle}pagefind-component-ui.js`);
	window.PagefindComponents?.configureInstance('default', { ...pagefindOptions, bundlePath: host.bundle });
	const instance = searchInstance();
	instance.triggerLoad().catch(() => {}); // its WebAssembly and index entry, while the styles arrive
	// The field's name; and Esc in it closes the dialog (<pagefind-modal> catches it first), so its hint says so.
	instance.setTranslations({ search_label: host.dataset.label ?? '', keyboard_clear: 'close' });
	// Pagefind requires every word, so "sql vs nosql" would find nothing, and it has no hook to change a query: its
	// one search step (undocumented; an upgrade that renames it fails here) gets the words without stop words.
	const search = instance.__search__.bind(instance);
	instance.__search__ = (term, filters) => search(queryTerms(term).join(' '), filters);
	preferNamedSections(instance);
	await styles;

	const template = host.querySelector('template');
	if (template) host.append(template.content.cloneNode(true));
	const modal = host.querySelector<PagefindModal>('pagefind-modal');
	const input = host.querySelector<HTMLInputElement>('pagefind-input input');
	const button = host.querySelector('button');
	if (!modal || !input || !button) throw new Error('search dialog markup is missing');
	Object.assign(input, { maxLength: maxQueryLength, spellcheck: false });
	// Pagefind names its dialog "search"; ours is named like the button that opens it.
	modal.querySelector('dialog')?.setAttribute('aria-label', host.dataset.label ?? '');
	// Enter opens the first result, so a reader who knows what they want never leaves the keys.
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		event.preventDefault();
		modal.querySelector<HTMLAnchorElement>('pagefind-results a')?.click();
	});

	// Our button as the modal's trigger (Pagefind's hook for custom components): the modal keeps its aria-expanded
	// and aria-controls right and calls handleModalClose; the <dialog> gives focus back itself.
	const trigger = Object.assign(host, {
		instance,
		buttonEl: button,
		handleModalClose() {
			button.setAttribute('aria-expanded', 'false');
			writeAddress('', '');
		},
	});
	instance.registerUtility(trigger, 'modal-trigger');
	onSearchEvent('search', (term, filters) => writeAddress(cleanQuery(term), filters.section?.[0] ?? ''), host);

	const searchFor = (text: string, filters = instance.searchFilters) => {
		input.value = text.slice(0, maxQueryLength); // maxlength stops typing, not a shared link
		instance.triggerSearchWithFilters(input.value, filters);
	};
	return {
		get isOpen() {
			return modal.isOpen;
		},
		/** Opens the dialog, optionally with a query and a section id (a shared link). */
		open(query?: string, section?: string | null) {
			modal.open(); // does nothing when open
			const known = sectionIds.find((id) => id === section);
			if (query !== undefined) searchFor(query, known ? { section: [known] } : {});
		},
		/** Adds text typed before the dialog was ready. */
		type: (text: string) => searchFor(`${input.value}${text}`),
		close: () => modal.close(),
	};
}
