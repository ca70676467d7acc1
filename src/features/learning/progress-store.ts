/**
 * A reader's progress, kept only in this browser: finished topic pages and ticked checklist items. No account and
 * no server, so the data format is the contract between visits, site updates and exported files; `version` lets a
 * later format migrate it. Everything here is pure or takes the Storage, so it runs in unit tests without a DOM.
 */
export const storageKey = 'backend-2026:progress';
export const formatVersion = 1;

export interface Progress {
	/** Page address ("/stack/queues/") → when it was marked done (ISO date-time). */
	pages: Record<string, string>;
	/** Checklist item ("/career/tools/#can-use-git") → when it was ticked. */
	checks: Record<string, string>;
}

export const emptyProgress = (): Progress => ({ pages: {}, checks: {} });

type Result = { ok: true; progress: Progress } | { ok: false; reason: string };

const isDateString = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isAddressMap = (value: unknown, keyShape: RegExp) =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.entries(value).every(([key, date]) => keyShape.test(key) && isDateString(date));

/** Reads stored or imported text; anything that is not this format is refused with a reason a reader can act on. */
export function parseProgress(text: string): Result {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'The file is not a Backend 2026 progress export (it is not JSON).' };
	}
	const record = data as { format?: unknown; version?: unknown; pages?: unknown; checks?: unknown };
	if (typeof data !== 'object' || data === null || record.format !== storageKey)
		return { ok: false, reason: 'The file is not a Backend 2026 progress export.' };
	if (record.version !== formatVersion)
		return {
			ok: false,
			reason: `The file uses progress format ${String(record.version)}; this site reads format ${formatVersion}.`,
		};
	if (!isAddressMap(record.pages, /^\/[\w/-]*\/$/) || !isAddressMap(record.checks ?? {}, /^\/[\w/-]*\/#[\w-]+$/))
		return { ok: false, reason: 'The file is damaged: its list of finished pages is not valid.' };
	return {
		ok: true,
		progress: { pages: { ...(record.pages as object) }, checks: { ...((record.checks ?? {}) as object) } },
	};
}

/** The text stored and exported: readable JSON that names its own format. */
export const serialiseProgress = (progress: Progress) =>
	JSON.stringify({ format: storageKey, version: formatVersion, ...progress }, null, '\t');

/** An import adds to what is here; where both have an entry, the earlier date wins (it was done first). */
export function mergeProgress(here: Progress, incoming: Progress): Progress {
	const merge = (a: Record<string, string>, b: Record<string, string>) => {
		const out = { ...a };
		for (const [key, date] of Object.entries(b)) if (!out[key] || date < (out[key] as string)) out[key] = date;
		return out;
	};
	return { pages: merge(here.pages, incoming.pages), checks: merge(here.checks, incoming.checks) };
}

/** Progress recorded under an address that now redirects moves to the page it redirects to. */
export function followRenames(progress: Progress, redirects: Record<string, string>): Progress {
	const rename = (key: string) => {
		const [path = '', hash] = key.split('#');
		const target = redirects[path] ?? path;
		return hash === undefined ? target : `${target}#${hash}`;
	};
	const moved = (entries: Record<string, string>) => {
		const out: Record<string, string> = {};
		for (const [key, date] of Object.entries(entries)) {
			const target = rename(key);
			if (!out[target] || date < (out[target] as string)) out[target] = date;
		}
		return out;
	};
	return { pages: moved(progress.pages), checks: moved(progress.checks) };
}

/**
 * The browser's storage, or a note that it cannot be used: private modes, a full quota, disabled storage or a
 * blocked `localStorage` getter all end here instead of throwing into the page.
 */
export class ProgressStore {
	readonly available: boolean;
	#storage: Storage | undefined;
	#redirects: Record<string, string>;

	constructor(getStorage: () => Storage, redirects: Record<string, string> = {}) {
		try {
			this.#storage = getStorage();
			const probe = `${storageKey}:probe`;
			this.#storage.setItem(probe, '1');
			this.#storage.removeItem(probe);
			this.available = true;
		} catch {
			this.#storage = undefined;
			this.available = false;
		}
		this.#redirects = redirects;
	}

	read(): Progress {
		try {
			const text = this.#storage?.getItem(storageKey);
			const parsed = text ? parseProgress(text) : undefined;
			return parsed?.ok ? followRenames(parsed.progress, this.#redirects) : emptyProgress();
		} catch {
			return emptyProgress();
		}
	}

	/** Saves; false when the browser refused (quota, storage switched off meanwhile). */
	write(progress: Progress): boolean {
		if (!this.#storage) return false;
		try {
			this.#storage.setItem(storageKey, serialiseProgress(progress));
			return true;
		} catch {
			return false;
		}
	}

	clear(): boolean {
		return this.write(emptyProgress());
	}
}
