import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The glossary is read like a dictionary: a reader scans a letter for a term. Entries are added by hand from many
 * pages, so this keeps the order a reader expects: letters and digits only, case and punctuation ignored
 * ("Auto-scaling" after "Automated testing", "C# and .NET" after "Canary release").
 */
const file = 'content/docs/glossary/index.mdx';
const text = readFileSync(file, 'utf8');
const sortKey = (term: string) => term.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Each `## X` letter with its `### Term` headings, in file order, with their line numbers. */
const letters = (() => {
	const found: { letter: string; terms: { term: string; line: number }[] }[] = [];
	text.split('\n').forEach((line, index) => {
		const letter = line.match(/^## (.+)$/)?.[1];
		if (letter) found.push({ letter, terms: [] });
		const term = line.match(/^### (.+)$/)?.[1];
		if (term) found.at(-1)?.terms.push({ term, line: index + 1 });
	});
	return found;
})();

describe('the glossary', () => {
	it('has its terms under letter headings', () => {
		expect(letters.length).toBeGreaterThan(20);
		expect(letters.flatMap(({ terms }) => terms).length).toBeGreaterThan(400);
	});

	it('lists each term under its first letter, in alphabetical order, once', () => {
		const problems: string[] = [];
		const seen = new Map<string, number>();
		for (const { letter, terms } of letters) {
			terms.forEach(({ term, line }, index) => {
				const key = sortKey(term);
				if (!key.startsWith(letter.toLowerCase())) {
					problems.push(`${file}:${line}: "${term}" is under "${letter}"; move it to its own letter`);
				}
				const previous = terms[index - 1];
				if (previous && sortKey(previous.term) > key) {
					problems.push(`${file}:${line}: "${term}" comes after "${previous.term}"; move it before that entry`);
				}
				const first = seen.get(key);
				if (first) problems.push(`${file}:${line}: "${term}" repeats the entry on line ${first}; keep one`);
				seen.set(key, line);
			});
		}
		expect(problems).toEqual([]);
	});
});
