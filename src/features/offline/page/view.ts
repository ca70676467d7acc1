/** The offline status elements rendered by OfflineStatus.astro; every method is a no-op on a page without them. */
export interface OfflineView {
	/** Shows "Available offline"; `announce` also tells screen readers, once, when saving has just finished. */
	showSaved(announce: boolean): void;
	showConnection(online: boolean, saved: boolean): void;
	offerUpdate(apply: () => void): void;
}

const text = {
	offlineSaved: 'You are offline — everything still works.',
	offlineUnsaved:
		'You are offline, and this site is not saved on this device yet: pages you have not opened need the network.',
	justSaved: 'Backend 2026 is now available offline: every page and the search work without a network.',
};

export function offlineView(root: ParentNode = document): OfflineView {
	const part = (name: string) => root.querySelector<HTMLElement>(`[data-offline="${name}"]`);
	return {
		showSaved(announce) {
			const saved = part('saved');
			if (saved) saved.hidden = false;
			const live = part('announce');
			if (announce && live) live.textContent = text.justSaved;
		},
		showConnection(online, saved) {
			const notice = part('connection');
			const label = part('connection-text');
			if (!notice || !label) return;
			label.textContent = online ? '' : saved ? text.offlineSaved : text.offlineUnsaved;
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
	};
}
