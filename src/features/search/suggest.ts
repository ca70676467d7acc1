import { editDistance } from '../../lib/edit-distance.ts';
import { cleanQuery, isStopWord, queryTerms } from './query.ts';

/** Edits allowed for a word of this many characters: none for 1–2, then one per ~4 characters. */
export const maxEdits = (length: number) => (length <= 2 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3);

interface Candidate {
	text: string;
	distance: number;
	rank: number;
}

/** The nearest vocabulary word to `word` within its edit budget, preferring earlier (more central) terms. */
function nearestWord(word: string, words: Map<string, { display: string; rank: number }>): Candidate | undefined {
	const limit = maxEdits([...word].length);
	let best: Candidate | undefined;
	for (const [lower, { display, rank }] of words) {
		const distance = editDistance(word, lower, limit);
		if (distance > limit) continue;
		if (!best || distance < best.distance || (distance === best.distance && rank < best.rank)) {
			best = { text: display, distance, rank };
		}
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
	const typed = cleanQuery(query)
		.toLowerCase()
		.split(/[^\p{L}\p{N}#+]+/u)
		.filter(Boolean)
		.join(' ');

	const words = new Map<string, { display: string; rank: number }>();
	vocabulary.forEach((term, rank) => {
		for (const word of term.split(/[^\p{L}\p{N}#+]+/u)) {
			const lower = word.toLowerCase();
			// Suggesting "the" for "teh" helps nobody: only words that can carry a search.
			if ([...lower].length > 2 && !isStopWord(lower) && !words.has(lower)) words.set(lower, { display: word, rank });
		}
	});

	const candidates: Candidate[] = [];
	const phraseLimit = maxEdits([...typed].length);
	vocabulary.forEach((term, rank) => {
		const lower = term.toLowerCase();
		if ([...lower].length < 3 || isStopWord(lower)) return;
		const distance = Math.min(editDistance(typed, lower, phraseLimit), editDistance(phrase, lower, phraseLimit));
		if (distance > 0 && distance <= phraseLimit) candidates.push({ text: term, distance, rank });
	});

	let changed = 0;
	let distance = 0;
	let rank = 0;
	const corrected = terms.map((term) => {
		if (words.has(term)) return words.get(term)?.display ?? term;
		const nearest = nearestWord(term, words);
		if (!nearest) return term;
		changed++;
		distance += nearest.distance;
		rank = Math.max(rank, nearest.rank);
		return nearest.text;
	});
	if (changed > 0) candidates.push({ text: corrected.join(' '), distance, rank });

	const seen = new Set<string>();
	return candidates
		.sort((a, b) => a.distance - b.distance || a.rank - b.rank)
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
