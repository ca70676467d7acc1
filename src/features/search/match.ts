/**
 * Whether a word Pagefind marked in a result is the word typed, or only an echo of it: when a word matches
 * nothing, Pagefind falls back to ever shorter prefixes of it ("kuberntes" marks a word starting with "k").
 * A real hit shares at least half the typed word's start (three letters or more), or is its stem (run/running):
 * the whole word, three letters or more, followed in the typed word by an ending of at most four letters, so that
 * "kube" (from kube-proxy) is not taken for the stem of "kuberntes".
 */
export function resembles(term: string, rawWord: string): boolean {
	const word = rawWord.toLowerCase().replace(/^[^\p{L}\p{N}#+]+|[^\p{L}\p{N}#+]+$/gu, '');
	let shared = 0;
	while (shared < term.length && term[shared] === word[shared]) shared++;
	if (!word) return false;
	return (
		shared >= Math.max(Math.min(term.length, 3), Math.ceil(term.length / 2)) ||
		(shared === word.length && shared >= 3 && term.length - shared <= 4)
	);
}
