import { describe, expect, it } from 'vitest';
import { bodyOf, topicFiles } from './topic-pages.ts';

// Every topic page lets a reader check it: "Key points", then (after any self-check) "Sources" as the last
// section, with at least three primary references, each saying what it supports. Home and the glossary are
// not topic pages, nor is the topic map (section `home` too).

const reference = /^- \[[^\]]+\]\((https:\/\/[^)\s]+)\)\s+[—–-]\s+(.+)$/;

describe('sources on every topic page', () => {
	it('finds the topic pages', () => {
		expect(topicFiles.length).toBeGreaterThanOrEqual(40);
	});

	it.each(topicFiles)('%s ends with Key points, then Sources', (file) => {
		const headings = [...bodyOf(file).matchAll(/^## (.+)$/gm)].map((match) => (match[1] as string).trim());
		expect(headings.at(-1), 'the last ## section must be "## Sources"').toBe('Sources');
		expect(headings, 'a "## Key points" section must come before Sources').toContain('Key points');
	});

	it.each(topicFiles)('%s cites three or more primary references, each with what it supports', (file) => {
		const section = bodyOf(file).split(/^## Sources$/m)[1] ?? '';
		const items = section.split('\n').filter((line) => line.startsWith('- '));
		const malformed = items.filter((line) => !reference.test(line));
		expect(malformed, 'write each as `- [Title](https://…) — what it supports on this page.`').toEqual([]);
		const urls = items.map((line) => line.match(reference)?.[1]);
		expect(new Set(urls).size, 'three or more different sources').toBeGreaterThanOrEqual(3);
		for (const line of items)
			expect((line.match(reference)?.[2] ?? '').length, `say what "${line}" supports`).toBeGreaterThan(15);
	});
});
