import { type Zippable, zipSync } from 'fflate';

import { archiveFolder } from './paths.ts';

/** Formats that are compressed already: stored, deflating them again costs time and saves nothing. */
const stored = /\.(woff2?|png|jpe?g|webp|avif|gif)$/;

/**
 * The copy as one ZIP, byte-identical for identical files (reproducible builds): entries sorted by path, one
 * fixed timestamp (the edition's day), fflate's deterministic deflate at level 9. ZIP stores local time, so the
 * date is built from local fields and reads the same in every time zone.
 */
export function zipCopy(files: Map<string, Uint8Array>, day: string): Uint8Array {
	const [year = 1980, month = 1, date = 1] = day.split('-').map(Number);
	const mtime = new Date(year, month - 1, date, 12, 0, 0);
	const entries: Zippable = {};
	for (const path of [...files.keys()].sort()) {
		const data = files.get(path) as Uint8Array;
		entries[`${archiveFolder}/${path}`] = [data, { level: stored.test(path) ? 0 : 9, mtime }];
	}
	return zipSync(entries, { mtime });
}

/** "4.2 MB": the size a reader sees next to the download link. */
export function formatSize(bytes: number): string {
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
