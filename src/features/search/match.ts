/**
 * Whether a word Pagefind marked in a result really is the word typed. Pagefind matches stems and prefixes and,
 * when a word matches nothing, falls back to ever shorter prefixes of it: "kuberntes" returns pages that merely
 * contain a word starting with "k". These helpers tell such echoes from real hits (search-status.ts).
 */
export type Resemblance = 'strong' | 'weak' | 'none';

/** Lower-cased, without the punctuation Pagefind leaves on words ("consumers." → "consumers"). */
export const normalizeWord = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}#+]+|[^\p{L}\p{N}#+]+$/gu, '');

const commonPrefix = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

/**
 * `strong`: the word is the term, extends it, or differs only in an ending (queue/queues,
 * postgres/PostgreSQL, kubernets/Kubernetes). `weak`: a shared stem (cors/core). `none`: an echo.
 */
export function resemblance(term: string, rawWord: string): Resemblance {
	const word = normalizeWord(rawWord);
	if (!term || !word) return 'none';
	const shared = commonPrefix(term, word);
	// A two-letter term is a prefix of too much (js → json): only the word itself is strong.
	if (shared === term.length) return term.length >= 3 || word.length === term.length ? 'strong' : 'weak';
	if (shared / term.length >= 0.8) return 'strong';
	if (shared >= Math.min(term.length, 3) && shared / term.length >= 0.5) return 'weak';
	// The word is the stem of the term (run/running), which is how Pagefind matched it.
	if (shared === word.length && word.length >= 3) return 'weak';
	return 'none';
}

/** The best resemblance between a term and any of the words. */
export function bestResemblance(term: string, words: Iterable<string>): Resemblance {
	let best: Resemblance = 'none';
	for (const word of words) {
		const found = resemblance(term, word);
		if (found === 'strong') return found;
		if (found === 'weak') best = found;
	}
	return best;
}

