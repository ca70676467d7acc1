import { contentPages } from '../../../lib/content-pages.ts';

/**
 * The copy's edition: the newest `reviewed:` date of the topic pages, so the date comes from the content and two
 * builds of the same sources say the same (the clock would break reproducible builds).
 */
export function editionDay(root: string): string {
	const days = contentPages(root)
		.map((page) => page.reviewed?.value)
		.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '')))
		.filter((value) => /^\d{4}-\d{2}-\d{2}$/.test(value))
		.sort();
	const newest = days.at(-1);
	if (!newest) throw new Error("The portable copy is dated by the pages' `reviewed:` dates, and no page has one.");
	return newest;
}

/** "1 December 2026" */
export function longDate(day: string): string {
	return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`),
	);
}

export const editionLine = (title: string, day: string) =>
	`You are reading the portable copy of ${title}, edition of ${longDate(day)}. It opens from this folder without a server; search works here too.`;
