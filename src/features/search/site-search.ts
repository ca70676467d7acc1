import { shareUntilFailure } from '../../lib/retry-once.ts';
import { highlightParam, shareParams } from './config.ts';

type Dialog = Awaited<ReturnType<typeof import('./dialog.ts').mountDialog>>;

/** Set once this tab has searched: the next page then loads search while idle, so it opens at once. */
const searchedKey = 'backend-2026:searched';

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The search button on every page, kept ours and tiny: Pagefind's <pagefind-modal-trigger> draws itself only
 * once its ~40 KB Component UI has loaded, which every page would then pay for. The dialog (dialog.ts: Pagefind's
 * components plus our pieces) loads when a reader shows intent: hovering or focusing the button, opening it.
 */
class SiteSearch extends HTMLElement {
	#ready: Dialog | undefined;
	/** The dialog, loaded once; after a failure (a network blip) the next intent retries. */
	load = shareUntilFailure(async () => {
		// Pagefind's two scripts start downloading beside dialog.ts instead of after it: one round trip less before
		// the first result. dialog.ts imports the same addresses, so the browser fetches and runs each once.
		for (const file of ['pagefind-component-ui.js', 'pagefind.js'])
			import(/* @vite-ignore */ `${this.bundle}${file}`).catch(() => {}); // a failure is reported by dialog.ts
		const { mountDialog } = await import('./dialog.ts');
		this.#ready = await mountDialog(this);
		return this.#ready;
	});

	get bundle() {
		return `${this.dataset.base ?? '/'}pagefind/`;
	}

	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		if (/Mac|iPhone|iPod|iPad/i.test(navigator.platform)) {
			const key = button.querySelector('[data-platform-key]');
			if (key) key.textContent = '⌘';
			button.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}
		button.addEventListener('click', () => this.open());
		for (const type of ['pointerenter', 'focus', 'touchstart'])
			button.addEventListener(type, () => this.load().catch(() => {}), { once: true, passive: true });
		window.addEventListener('keydown', (event) => this.#shortcut(event));
		button.disabled = false;
		try {
			if (sessionStorage.getItem(searchedKey)) window.requestIdleCallback?.(() => this.load().catch(() => {}));
		} catch {} // storage off (privacy modes): only the head start is lost

		const params = new URLSearchParams(location.search);
		if (params.has(shareParams.query)) this.open(params.get(shareParams.query) ?? '', params.get(shareParams.section));
		if (params.has(highlightParam)) import('./highlight.ts').then(({ highlightHits }) => highlightHits(this.bundle));
	}

	/** Opens the dialog, optionally with a query and a section (a shared link). */
	async open(query?: string, section?: string | null) {
		try {
			sessionStorage.setItem(searchedKey, '1');
		} catch {}
		// Keys typed while the dialog loads would land on the page: keep them for the field.
		let typed = '';
		const keep = (event: KeyboardEvent) => {
			if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
			typed += event.key;
			event.preventDefault();
		};
		window.addEventListener('keydown', keep, true);
		try {
			const dialog = await this.load();
			dialog.open(query, section);
			if (typed) dialog.type(typed);
		} finally {
			window.removeEventListener('keydown', keep, true);
		}
	}

	#shortcut(event: KeyboardEvent) {
		const modifier = event.metaKey || event.ctrlKey;
		if (modifier && !event.altKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (this.#ready?.isOpen) this.#ready.close();
			else this.open();
		} else if (event.key === '/' && !modifier && !event.altKey && !isTyping(event.target)) {
			event.preventDefault();
			if (!this.#ready?.isOpen) this.open();
		}
	}
}

customElements.define('site-search', SiteSearch);
