import { resembles } from './match.ts';
import type { Instance } from './pagefind-components.ts';
import { queryTerms } from './query.ts';

/**
 * Pagefind's own result template shows the sections its documented `getDisplaySubResults` helper picks: those with
 * most hits, so the glossary's "CORS" entry can lose to entries that only mention it (or "coroutine", a prefix
 * match). No option orders them, so this wraps the helper: sections whose heading names the most searched terms
 * come first, then Pagefind's own pick fills the rest, and its template renders them.
 */
export function preferNamedSections(instance: Instance): void {
	const pick = instance.getDisplaySubResults.bind(instance);
	instance.getDisplaySubResults = (data, limit = 3) => {
		const terms = queryTerms(instance.searchTerm);
		const named = pick(data, Number.POSITIVE_INFINITY)
			.map((sub) => ({
				sub,
				named: terms.filter((term) => sub.title.split(/\s+/).some((word) => resembles(term, word))).length,
			}))
			.filter((entry) => entry.named > 0)
			.sort((a, b) => b.named - a.named)
			.slice(0, limit)
			.map((entry) => entry.sub);
		const rest = { ...data, sub_results: (data.sub_results ?? []).filter((sub) => !named.includes(sub)) };
		return [...named, ...pick(rest, limit - named.length)];
	};
}
