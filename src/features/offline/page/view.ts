/** The offline status elements rendered by OfflineStatus.astro; every method is a no-op on a page without them. */
export interface OfflineView {
	/** Shows "Available offline"; `announce` also tells screen readers, once, when saving has just finished. */
	showSaved(announce: boolean): void;
	/** `saved`: what this device holds; `lean` is Save-Data's "the pages you opened". */
	showConnection(online: boolean, saved: SavedState): void;
	offerUpdate(apply: () => void): void;
	/** Save-Data: says only opened pages are saved, and offers the button that saves the rest. */
	offerWholeSite(save: () => void): void;
	/** Progress or failure of "Save the whole site for offline", in words; `busy` marks the button unavailable meanwhile. */
	showSaving(text: string, busy: boolean): void;
}

export type SavedState = 'all' | 'lean' | 'none';

const text = {
	offline: {
		all: 'You are offline — everything still works.',
		lean: 'You are offline: the pages you opened are saved, other pages need the network.',
		none: 'You are offline, and this site is not saved on this device yet: pages you have not opened need the network.',
	},
	justSaved: 'Backend 2026 is now available offline: every page and the search work without a network.',
};

export function offlineView(root: ParentNode = document): OfflineView {
	const part = (name: string) => root.querySelector<HTMLElement>(`[data-offline="${name}"]`);
	return {
		showSaved(announce) {
			const saved = part('saved');
			if (saved) saved.hidden = false;
			const lean = part('lean');
			if (lean) lean.hidden = true;
			const live = part('announce');
			if (announce && live) live.textContent = text.justSaved;
		},
		showConnection(online, saved) {
			const notice = part('connection');
			const label = part('connection-text');
			if (!notice || !label) return;
			label.textContent = online ? '' : text.offline[saved];
			notice.hidden = online;
		},
		offerUpdate(apply) {
			const notice = part('update');
			if (!notice) return;
			notice.hidden = false;
			part('reload')?.addEventListener('click', apply, { once: true });
			part('dismiss')?.addEventListener('click', () => {
				notice.hidden = true;
			});
		},
		offerWholeSite(save) {
			const lean = part('lean');
			if (!lean?.hidden) return;
			lean.hidden = false;
			part('save-all')?.addEventListener('click', save);
		},
		showSaving(message, busy) {
			const progress = part('save-progress');
			if (progress) progress.textContent = message;
			// aria-disabled, not disabled: the button keeps the focus the reader gave it (the client ignores presses).
			part('save-all')?.setAttribute('aria-disabled', String(busy));
		},
	};
}
