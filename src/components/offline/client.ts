import { offlineView } from './view.ts';
import { watchWorker } from './worker-lifecycle.ts';

/** Run on every page after `load` by src/components/head/OfflineHead.astro. */
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
	window.addEventListener('offline', showConnection);
	window.addEventListener('online', showConnection);
	showConnection();

	void watchWorker(`${import.meta.env.BASE_URL}sw.js`, {
		saved(justNow) {
			saved = true;
			view.showSaved(justNow);
			showConnection();
		},
		updateReady: (apply) => view.offerUpdate(apply),
		failed: (message) => console.warn(message),
	}).then(
		(registration) => window.addEventListener('online', () => void registration.update().catch(() => {})),
		(error: unknown) => console.warn('Backend 2026: the offline worker could not be registered.', error),
	);
}
