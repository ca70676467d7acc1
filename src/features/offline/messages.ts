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
