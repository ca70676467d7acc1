import { editDistance } from '../../lib/edit-distance.ts';
import { cleanQuery, isStopWord, queryTerms } from './query.ts';

/** Edits allowed for a word of this many characters: none for 1–2, then one per ~4 characters. */
export const maxEdits = (length: number) => (length <= 2 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3);

type Candidate = { text: string; distance: number; rank: number };
const byDistanceThenRank = (a: Candidate, b: Candidate) => a.distance - b.distance || a.rank - b.rank;
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}#+]+/u).filter(Boolean);

/** The nearest known word to `word` within its edit budget, preferring earlier (more central) terms. */
function nearest(word: string, known: Map<string, Candidate>): Candidate | undefined {
	const limit = maxEdits([...word].length);
	let best: Candidate | undefined;
	for (const [lower, { text, rank }] of known) {
		const candidate = { text, distance: editDistance(word, lower, limit), rank };
		if (candidate.distance <= limit && (!best || byDistanceThenRank(candidate, best) < 0)) best = candidate;
	}
	return best;
}

/**
 * "Did you mean …" for a query with no results: the site's own terms nearest to the whole query,
 * and the query with each unknown word replaced by the nearest known one. `vocabulary` is ordered
 * by importance (page titles and aliases first), which breaks ties. Pure and never throws.
 */
export function suggest(query: string, vocabulary: readonly string[], limit = 3): string[] {
	const terms = queryTerms(query);
	if (terms.length === 0) return [];
	const phrase = terms.join(' ');
	// The phrase as typed, stop words included, so "infrastucture as code" meets "infrastructure as code".
	const typed = wordsOf(cleanQuery(query).toLowerCase()).join(' ');
	const phraseLimit = maxEdits([...typed].length);
	const known = new Map<string, Candidate>();
	const candidates: Candidate[] = [];
	vocabulary.forEach((term, rank) => {
		for (const word of wordsOf(term)) {
			const lower = word.toLowerCase();
			// Suggesting "the" for "teh" helps nobody: only words that can carry a search.
			if ([...lower].length > 2 && !isStopWord(lower) && !known.has(lower))
				known.set(lower, { text: word, distance: 0, rank });
		}
		const lower = term.toLowerCase();
		if ([...lower].length < 3 || isStopWord(lower)) return;
		const distance = Math.min(editDistance(typed, lower, phraseLimit), editDistance(phrase, lower, phraseLimit));
		if (distance > 0 && distance <= phraseLimit) candidates.push({ text: term, distance, rank });
	});

	const words = terms.map((term) => known.get(term) ?? nearest(term, known) ?? { text: term, distance: 0, rank: 0 });
	const fixed = words.filter((word) => word.distance > 0);
	if (fixed.length > 0) {
		const distance = fixed.reduce((sum, word) => sum + word.distance, 0);
		const rank = Math.max(...fixed.map((word) => word.rank));
		candidates.push({ text: words.map((word) => word.text).join(' '), distance, rank });
	}

	const seen = new Set<string>();
	return candidates
		.sort(byDistanceThenRank)
		.filter(({ text }) => {
			// Compared without stop words, so "infrastructure as code" and "infrastructure code" count once.
			const key = queryTerms(text).join(' ');
			if (key === phrase || seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.slice(0, limit)
		.map(({ text }) => text);
}
