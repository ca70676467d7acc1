import { isPrecacheFailed, skipWaiting } from '../../service-worker/messages.ts';

export interface WorkerEvents {
	/** An active worker exists, so the whole site is saved; `justNow` is true when that happened during this visit. */
	saved(justNow: boolean): void;
	/** A new deploy is saved and waiting; calling `apply` switches to it (and reloads every open page). */
	updateReady(apply: () => void): void;
	/** Saving failed; the message names the file or limit. */
	failed(message: string): void;
}

/** Registers the offline worker and turns its lifecycle into the three things the page has to show. */
export async function watchWorker(scriptUrl: string, events: WorkerEvents): Promise<ServiceWorkerRegistration> {
	const container = navigator.serviceWorker;
	let controlled = Boolean(container.controller);
	container.addEventListener('controllerchange', () => {
		// A newer deploy took over (the reader chose Reload, here or in another tab): reload so this page only uses
		// that deploy's files. The first take-over on a first visit needs no reload: the files are the same.
		if (controlled) window.location.reload();
		controlled = true;
	});
	container.addEventListener('message', (event) => {
		if (isPrecacheFailed(event.data)) events.failed(event.data.message);
	});

	const registration = await container.register(scriptUrl, { scope: '/' });
	const offer = (worker: ServiceWorker) => events.updateReady(() => worker.postMessage({ type: skipWaiting }));
	const followed = new WeakSet<ServiceWorker>();
	const follow = (worker: ServiceWorker | null) => {
		if (!worker || followed.has(worker)) return;
		followed.add(worker);
		// With an active worker already there, this one is a new deploy; otherwise it is the first save.
		const isUpdate = Boolean(registration.active);
		worker.addEventListener('statechange', () => {
			if (worker.state === 'installed' && isUpdate) offer(worker);
			if (worker.state === 'activated' && !isUpdate) events.saved(true);
		});
	};
	if (registration.active) events.saved(false);
	if (registration.active && registration.waiting) offer(registration.waiting);
	// The first install can start before register() resolves, so its updatefound may already have fired.
	follow(registration.installing);
	registration.addEventListener('updatefound', () => follow(registration.installing));
	return registration;
}
