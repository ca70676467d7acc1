import { messageSW, Workbox } from 'workbox-window';
import { prefersSavingData, writeChoice } from '../choice.ts';
import {
	isPrecacheFailed,
	isSaveProgress,
	type OfflineStatus,
	type SaveWholeSiteResult,
	saveWholeSite,
	statusRequest,
} from '../messages.ts';
import { offlineView, type SavedState } from './view.ts';

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
	let saved: SavedState = 'none';
	const showConnection = () => view.showConnection(navigator.onLine, saved);
	window.addEventListener('offline', showConnection);
	window.addEventListener('online', showConnection);
	showConnection();

	/** Asks the active worker how much is saved: everything ("Available offline"), or Save-Data's share. */
	const showStatus = async (justNow: boolean) => {
		const active = (await navigator.serviceWorker.ready).active;
		if (!active) return;
		const status = (await messageSW(active, { type: statusRequest })) as OfflineStatus;
		saved = status.missing === 0 ? 'all' : 'lean';
		if (saved === 'all') view.showSaved(justNow);
		else view.offerWholeSite(() => void saveAll(active));
		showConnection();
	};

	let saving = false;
	const saveAll = async (active: ServiceWorker) => {
		if (saving) return;
		saving = true;
		view.showSaving('Saving the whole site for offline reading…', true);
		const result = await new Promise<SaveWholeSiteResult>((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = ({ data }) => {
				if (isSaveProgress(data)) view.showSaving(`Saving for offline: ${data.done} of ${data.total} files…`, true);
				else resolve(data as SaveWholeSiteResult);
			};
			active.postMessage({ type: saveWholeSite }, [channel.port2]);
		});
		saving = false;
		if (result.ok) {
			view.showSaving('', false);
			await showStatus(true);
		} else {
			view.showSaving(`Saving the whole site failed: ${result.message}. Check the connection and try again.`, false);
		}
	};

	const worker = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
	// The first save finished during this visit (an update activating is not news: the site was saved already).
	worker.addEventListener('activated', (event) => {
		if (!event.isUpdate) void showStatus(true);
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
	// The worker decides at install whether Save-Data keeps it to the pages the reader opens (choice.ts).
	void writeChoice({ saveData: prefersSavingData() })
		.catch(() => {})
		.then(() => worker.register({ immediate: true }))
		.then(
			(registration) => {
				if (registration?.active) void showStatus(false);
				window.addEventListener('online', () => void worker.update().catch(() => {}));
			},
			(error: unknown) => console.warn('Backend 2026: the offline worker could not be registered.', error),
		);
}
