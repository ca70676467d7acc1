/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbours (the
 * usual typing slips), counted in code points; `limit + 1` as soon as the distance must exceed `limit`.
 * The one edit distance of the site: search's "did you mean", the 404 page's typo matching, address hints.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
	const s = [...a];
	const t = [...b];
	if (Math.abs(s.length - t.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let value = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost,
			);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				value = Math.min(value, (before[j - 2] as number) + 1);
			}
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[t.length] as number;
}

/** The candidate nearest to `target` (the first of equals), for "did you mean" hints; undefined if none. */
export function closest(target: string, candidates: readonly string[]): string | undefined {
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(target, candidate, best?.distance);
		if (!best || distance < best.distance) best = { candidate, distance };
	}
	return best?.candidate;
}
