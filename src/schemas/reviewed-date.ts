import { AuthorError } from '../lib/author-error.ts';
import type { ContentPage } from '../lib/content-pages.ts';

/**
 * `reviewed:` as an author writes it. Astro's frontmatter reader (js-yaml) turns `2026-02-30` into 2 March and the
 * bare number `2026` into a date in 1970, so the raw text is checked when the config loads, with the file and line
 * (the addresses integration reads every page then), and the schema refuses anything but a date.
 */
const format = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in the earliest time zone (UTC+14): an editor anywhere may write their own today. */
export const latestToday = (now = new Date()) => new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);

/** What is wrong with a `reviewed` value as written (read as YAML 1.2, where a date stays a string), or undefined. */
export function reviewedProblem(value: unknown, today = latestToday()): string | undefined {
	const written = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	if (written === undefined || written === null) return '`reviewed:` is missing';
	const match = typeof written === 'string' ? format.exec(written) : null;
	if (!match) return `\`reviewed: ${String(written)}\` is not a date written YYYY-MM-DD`;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return `\`reviewed: ${written}\` is not a day of the calendar`;
	}
	if (written > today) return `\`reviewed: ${written}\` is in the future (today is ${today})`;
	return undefined;
}

export const reviewedHint = 'write the day the page was last checked, as YYYY-MM-DD (e.g. `reviewed: 2026-12-02`).';

/** Stops at the first page whose `reviewed:` is not a real, past-or-present date written YYYY-MM-DD. */
export function checkReviewedDates(pages: ContentPage[], today = latestToday()): void {
	for (const page of pages) {
		const problem = page.reviewed && reviewedProblem(page.reviewed.value, today);
		if (problem) throw new AuthorError(page.file, page.reviewed?.line, problem, reviewedHint);
	}
}
