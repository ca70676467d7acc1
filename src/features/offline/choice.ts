/**
 * What the reader chose about saving, kept where both the page and the worker can read it: a one-entry cache
 * (the Cache API is the storage both share without a library; named outside `backend-2026-offline-*`, so
 * Workbox's clean-ups and the precache never touch it).
 * - `saveData`: the browser's Save-Data preference as the page last saw it. The page writes it before it registers
 *   the worker, because a browser may tell the page and not the worker (Chromium's emulation does) and the worker
 *   decides at install what to download.
 * - `wholeSite`: the reader pressed "Save the whole site for offline"; from then on every deploy saves everything.
 */
export interface SavingChoice {
	saveData: boolean;
	wholeSite: boolean;
}

const cacheName = 'backend-2026-reader-choice';
const key = () => new URL('/offline-choice.json', self.location.href).href;

export async function readChoice(): Promise<SavingChoice> {
	const saved = await (await caches.open(cacheName)).match(key());
	const value = (saved ? await saved.json().catch(() => ({})) : {}) as Partial<SavingChoice>;
	return { saveData: value.saveData === true, wholeSite: value.wholeSite === true };
}

export async function writeChoice(change: Partial<SavingChoice>): Promise<void> {
	const current = await readChoice();
	const next = { ...current, ...change };
	if (next.saveData === current.saveData && next.wholeSite === current.wholeSite) return;
	const body = JSON.stringify(next);
	await (await caches.open(cacheName)).put(
		key(),
		new Response(body, { headers: { 'Content-Type': 'application/json' } }),
	);
}

/** The browser's Save-Data preference (Network Information API, in Chromium; other browsers: false). */
export const prefersSavingData = (): boolean =>
	(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
