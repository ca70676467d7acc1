import type { Browser } from 'playwright-core';

/** What every bench module gets: the built site served on 127.0.0.1 and one Chromium. */
export interface BenchContext {
	url: string;
	browser: Browser;
	dist: string;
}

/** A module's figures as [label, value] rows, printed in the bench table. */
export type BenchRows = [label: string, value: string][];
