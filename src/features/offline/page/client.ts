import { Workbox } from 'workbox-window';
import { isPrecacheFailed } from '../messages.ts';
import { offlineView } from './view.ts';

/** Run on every page after `load` by OfflineHead.astro: registers the worker and shows what it does. */
export function startOfflineClient(): void {
	if (!('serviceWorker' in navigator)) return;
	if (import.meta.env.DEV) {
		// dist/sw.js exists only in a build; a worker left over from `npm start` on the same port would serve
		// stale built pages to the dev server, so remove it.
		void navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister())));
		return;
	}

	const view = offlineView();
	let saved = false;
	const showConnection = () => view.showConnection(navigator.onLine, saved);
	const showSaved = (justNow: boolean) => {
		saved = true;
		view.showSaved(justNow);
		showConnection();
	};
	window.addEventListener('offline', showConnection);
	window.addEventListener('online', showConnection);
	showConnection();

	const worker = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
	// The first save finished during this visit (an update activating is not news: the site was saved already).
	worker.addEventListener('activated', (event) => {
		if (!event.isUpdate) showSaved(true);
	});
	// A new deploy is saved and waiting; it takes over only when the reader chooses Reload.
	worker.addEventListener('waiting', () => view.offerUpdate(() => worker.messageSkipWaiting()));
	// A newer deploy took over (Reload, here or in another tab): reload so this page only uses that deploy's files.
	// The take-over on a first visit needs no reload: the page already has the same files. A page that loaded
	// before any worker controlled it is such a first visit even when workbox-window calls the worker "external"
	// (it was registered by an earlier page of the same visit), so only a page that had a controller reloads.
	const hadController = navigator.serviceWorker.controller !== null;
	worker.addEventListener('controlling', (event) => {
		if (hadController && (event.isUpdate || event.isExternal)) window.location.reload();
	});
	worker.addEventListener('message', (event) => {
		if (isPrecacheFailed(event.data)) console.warn(event.data.message);
	});
	worker.register({ immediate: true }).then(
		(registration) => {
			if (registration?.active) showSaved(false);
			window.addEventListener('online', () => void worker.update().catch(() => {}));
		},
		(error: unknown) => console.warn('Backend 2026: the offline worker could not be registered.', error),
	);
}
