/** Longest query we search for; the input's maxlength matches, and pasted text is cut to it. */
export const maxQueryLength = 120;

/**
 * Words a learner types around the topic ("how do I use a message queue"). Pagefind requires every
 * word of a query to match, so each of these would wrongly shrink or empty the result list.
 */
const stopWords = new Set(
	(
		'a an and are as at be between by can could difference do does for from how i in into is it me my of on or ' +
		'should the to use using versus vs was what when where which who why will with you your'
	).split(' '),
);

export const isStopWord = (word: string) => stopWords.has(word.toLowerCase());

/** Trimmed, single-spaced and capped: what the input may hold. Never throws. */
export function cleanQuery(raw: unknown): string {
	if (typeof raw !== 'string') return '';
	return raw.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength).trim();
}

/**
 * A query's searchable words, lower-cased: letters, digits, and the "#" and "+" that the index keeps
 * (C#, N+1; see integration.ts). Punctuation and markup fragments drop out,
 * so `<script>` searches for "script" and "!!!" searches for nothing.
 */
export function queryTerms(query: string): string[] {
	const words = cleanQuery(query)
		.toLowerCase()
		.split(/[^\p{L}\p{N}#+]+/u)
		.map((word) => word.replace(/^[#+]+(?=\p{L}|\p{N})/u, ''))
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
	const content = words.filter((word) => !stopWords.has(word));
	return content.length > 0 ? content : words;
}
