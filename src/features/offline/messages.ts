/** Messages between the pages and the offline worker; both sides import this file so the names cannot drift. */

/** Page → waiting worker: the reader chose "Reload". The type workbox-window's `messageSkipWaiting()` sends. */
export const skipWaiting = 'SKIP_WAITING';

/** Worker → pages: saving the site failed; `message` says which file or limit and what happens next. */
export const precacheFailed = 'offline:precache-failed';

export interface PrecacheFailedMessage {
	type: typeof precacheFailed;
	message: string;
}

export const isPrecacheFailed = (data: unknown): data is PrecacheFailedMessage =>
	typeof data === 'object' && data !== null && (data as { type?: unknown }).type === precacheFailed;

/** Page → active worker, answered on the message port: how much of the site is saved, and whether all of it should be. */
export const statusRequest = 'offline:status';

export interface OfflineStatus {
	/** Files of this deploy not saved on this device (0: the whole site works offline). */
	missing: number;
	total: number;
	/** Only the shell and the pages the reader opens are saved (Save-Data, and the reader has not asked for all). */
	lean: boolean;
}

/** Page → active worker: save every file now and keep the whole site saved (the reader pressed the button). */
export const saveWholeSite = 'offline:save-whole-site';

/** The worker's answer to `saveWholeSite`, on the message port: done, or why not (naming the file or limit). */
export type SaveWholeSiteResult = { ok: true } | { ok: false; message: string };

/** Worker → pages, while the whole site is being saved. */
export const saveProgress = 'offline:save-progress';

export interface SaveProgressMessage {
	type: typeof saveProgress;
	done: number;
	total: number;
}

export const isSaveProgress = (data: unknown): data is SaveProgressMessage =>
	typeof data === 'object' && data !== null && (data as { type?: unknown }).type === saveProgress;
