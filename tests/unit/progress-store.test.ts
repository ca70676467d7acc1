import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	followRenames,
	mergeProgress,
	ProgressStore,
	parseProgress,
	serialiseProgress,
	storageKey,
} from '../../src/features/learning/progress-store.ts';

const monday = '2026-11-30T09:00:00.000Z';
const tuesday = '2026-12-01T09:00:00.000Z';

/** A Storage in memory; `refuse` makes every write throw, as a full quota or disabled storage does. */
function memoryStorage(refuse = false): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => {
			if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			items.set(key, value);
		},
	};
}

describe('progress format', () => {
	it('reads back what it writes', () => {
		const progress = { pages: { '/stack/queues/': monday }, checks: { '/career/tools/#can-use-git': tuesday } };
		expect(parseProgress(serialiseProgress(progress))).toEqual({ ok: true, progress });
	});

	it('refuses text that is not an export, with a reason', () => {
		expect(parseProgress('not json')).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
		expect(parseProgress('{"pages":{}}')).toMatchObject({
			ok: false,
			reason: expect.stringContaining('not a Backend 2026'),
		});
		expect(parseProgress(JSON.stringify({ format: storageKey, version: 2, pages: {} }))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('format 2'),
		});
		const badAddress = JSON.stringify({ format: storageKey, version: 1, pages: { 'javascript:alert(1)': monday } });
		expect(parseProgress(badAddress)).toMatchObject({ ok: false, reason: expect.stringContaining('damaged') });
		const badDate = JSON.stringify({ format: storageKey, version: 1, pages: { '/stack/queues/': 'soon' } });
		expect(parseProgress(badDate).ok).toBe(false);
	});

	it('merges an import into what is here, keeping the earlier date and removing nothing', () => {
		const here = { pages: { '/a/': tuesday, '/b/': tuesday }, checks: {} };
		const incoming = { pages: { '/a/': monday, '/c/': monday }, checks: { '/a/#x': monday } };
		expect(mergeProgress(here, incoming)).toEqual({
			pages: { '/a/': monday, '/b/': tuesday, '/c/': monday },
			checks: { '/a/#x': monday },
		});
	});

	it('moves progress recorded under a redirected address to its new page', () => {
		const progress = {
			pages: { '/stack/docker/': monday, '/stack/containers/': tuesday },
			checks: { '/old/#item': monday },
		};
		expect(followRenames(progress, { '/stack/docker/': '/stack/containers/', '/old/': '/new/' })).toEqual({
			pages: { '/stack/containers/': monday },
			checks: { '/new/#item': monday },
		});
	});
});

describe('ProgressStore', () => {
	it('saves and reads in the browser storage under its versioned key', () => {
		const storage = memoryStorage();
		const store = new ProgressStore(() => storage);
		expect(store.available).toBe(true);
		expect(store.write({ pages: { '/a/': monday }, checks: {} })).toBe(true);
		expect(JSON.parse(storage.getItem(storageKey) ?? '{}')).toMatchObject({ format: storageKey, version: 1 });
		expect(new ProgressStore(() => storage).read().pages).toEqual({ '/a/': monday });
	});

	it('never throws when storage is missing, blocked or full', () => {
		const blocked = new ProgressStore(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		expect(blocked.available).toBe(false);
		expect(blocked.read()).toEqual(emptyProgress());
		expect(blocked.write({ pages: { '/a/': monday }, checks: {} })).toBe(false);
		const full = new ProgressStore(() => memoryStorage(true));
		expect(full.available).toBe(false);
		expect(full.write(emptyProgress())).toBe(false);
	});

	it('starts empty when what is stored is damaged', () => {
		const storage = memoryStorage();
		storage.setItem(storageKey, '{"format":');
		expect(new ProgressStore(() => storage).read()).toEqual(emptyProgress());
	});
});
