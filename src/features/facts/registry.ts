import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { AuthorError } from '../../lib/author-error.ts';

/** One time-bound figure: a version, date, limit, price or statistic, with where and when it was checked. */
export interface Fact {
	id: string;
	/** What pages show, exactly as a reader should read it. */
	value: string;
	/** One line saying what the figure is. */
	about: string;
	/** YYYY-MM-DD: when someone verified it against the source. */
	checked: string;
	/** YYYY-MM-DD: when it is due for a re-check. */
	reviewBy: string;
	/** https address of the primary source. */
	source: string;
	/** The source's own title, shown to readers. */
	sourceTitle: string;
	/** Line of the entry in the registry, for messages. */
	line: number;
}

export const registryFile = 'content/facts.yaml';
const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const fields = ['value', 'about', 'checked', 'reviewBy', 'source', 'sourceTitle'] as const;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Parses and checks the registry text. Every problem names the registry file, the entry's line and the fix,
 * so a typo fails the build where it was made rather than as a wrong figure on a page.
 */
export function parseRegistry(text: string, file = registryFile): Map<string, Fact> {
	const lineCounter = new LineCounter();
	// failsafe: every value stays the text written (`3.10` is not the number 3.1).
	const doc = parseDocument(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
		lineCounter,
		uniqueKeys: true,
		schema: 'failsafe',
	});
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
	const [firstError] = doc.errors;
	if (firstError) {
		throw new AuthorError(
			file,
			lineOf(firstError.pos[0]),
			firstError.message.split('\n')[0] ?? 'invalid YAML',
			'fix the YAML syntax (indent with spaces, quote values that contain ": " or "#").',
		);
	}
	const facts = new Map<string, Fact>();
	if (doc.contents === null) return facts;
	if (!isMap(doc.contents))
		throw new AuthorError(
			file,
			1,
			'the registry is not a map of fact ids',
			'write each fact as `id:` followed by its indented fields.',
		);
	for (const pair of doc.contents.items) {
		const id = isScalar(pair.key) ? String(pair.key.value) : '';
		const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 1;
		if (!idPattern.test(id))
			throw new AuthorError(
				file,
				line,
				`fact id "${id}" is not lowercase words joined by hyphens`,
				'rename it, e.g. `java-lts-version`.',
			);
		if (!isMap(pair.value))
			throw new AuthorError(file, line, `fact "${id}" has no fields`, `give it ${fields.join(', ')}.`);
		const entry: Record<string, string> = {};
		for (const field of pair.value.items) {
			const name = isScalar(field.key) ? String(field.key.value) : '';
			const fieldLine = lineOf(isScalar(field.key) ? field.key.range?.[0] : undefined) ?? line;
			if (!(fields as readonly string[]).includes(name))
				throw new AuthorError(
					file,
					fieldLine,
					`fact "${id}" has an unknown field "${name}"`,
					`use only ${fields.join(', ')}.`,
				);
			const value = isScalar(field.value) ? String(field.value.value ?? '').trim() : '';
			if (!value)
				throw new AuthorError(file, fieldLine, `fact "${id}" has an empty ${name}`, `write its ${name} as plain text.`);
			entry[name] = value;
		}
		const missing = fields.filter((name) => !entry[name]);
		if (missing.length > 0)
			throw new AuthorError(
				file,
				line,
				`fact "${id}" has no ${missing.join(', ')}`,
				'every fact needs a value, what it is, when it was checked, when to re-check it and its source.',
			);
		const fact = { id, line, ...entry } as Fact;
		for (const name of ['checked', 'reviewBy'] as const) {
			if (!isCalendarDate(fact[name]))
				throw new AuthorError(
					file,
					line,
					`fact "${id}" has ${name} "${fact[name]}", which is not a real date written YYYY-MM-DD`,
					`write a calendar date such as ${today()}.`,
				);
		}
		if (fact.checked > today())
			throw new AuthorError(
				file,
				line,
				`fact "${id}" was checked on ${fact.checked}, which is in the future`,
				'write the day the figure was actually verified.',
			);
		if (fact.reviewBy <= fact.checked)
			throw new AuthorError(
				file,
				line,
				`fact "${id}" is due for review (${fact.reviewBy}) before it was checked (${fact.checked})`,
				'set reviewBy to a later date than checked.',
			);
		if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(fact.source))
			throw new AuthorError(
				file,
				line,
				`fact "${id}" has source "${fact.source}", which is not an https address`,
				'cite the primary source by its https address.',
			);
		facts.set(id, fact);
	}
	return facts;
}

let cached: { mtimeMs: number; facts: Map<string, Fact> } | undefined;

/** The registry of the project in the current directory, re-read only when the file changes (dev server). */
export function loadRegistry(root = process.cwd()): Map<string, Fact> {
	const path = join(root, registryFile);
	// A project without a registry (a test fixture, a fresh fork) has no facts; any <Fact> then fails as unknown.
	if (!existsSync(path)) return new Map();
	const { mtimeMs } = statSync(path);
	if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, facts: parseRegistry(readFileSync(path, 'utf8')) };
	return cached.facts;
}
