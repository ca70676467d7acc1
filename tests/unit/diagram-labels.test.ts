import { describe, expect, it } from 'vitest';
import { diagramKey, readCached } from '../../src/features/diagrams/cache.ts';
import { collectFences } from '../../src/features/diagrams/render/collect.ts';

/** The lines Mermaid drew for each label: a <tspan> with `dy` starts a new line. */
function labelLines(svg: string): string[][] {
	return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
		(match[1] as string)
			.split(/<tspan[^>]*\sdy="[^"]*"[^>]*>/)
			.map((line) =>
				line
					.replace(/<[^>]+>/g, ' ')
					.replace(/\s+/g, ' ')
					.trim(),
			)
			.filter(Boolean),
	);
}

describe('diagram labels', () => {
	it('never break a word across lines (the word appears whole in the diagram source)', () => {
		const splits: string[] = [];
		for (const fence of collectFences()) {
			const svg = readCached(diagramKey(fence.code))?.svg;
			if (!svg) continue;
			for (const lines of labelLines(svg)) {
				for (let i = 1; i < lines.length; i++) {
					const end = (lines[i - 1] as string).split(' ').at(-1) as string;
					const start = (lines[i] as string).split(' ')[0] as string;
					if (fence.code.includes(end + start) && !fence.code.includes(`${end} ${start}`)) {
						splits.push(`${fence.file}:${fence.line}: "${end}|${start}" in "${lines.join(' / ')}"`);
					}
				}
			}
		}
		expect(splits).toEqual([]);
		// Parsing every page's MDX takes a few seconds on a busy machine.
	}, 60_000);
});
