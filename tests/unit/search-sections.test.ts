import { describe, expect, it } from 'vitest';
import { isSection, sectionIdOf, sectionLabels } from '../../src/features/search/sections.ts';
import { sectionIds } from '../../src/lib/sections.ts';

describe('search section filters', () => {
	it('map every section to a distinct chip label and back', () => {
		for (const id of sectionIds) expect(sectionIdOf(sectionLabels[id])).toBe(id);
		expect(new Set(Object.values(sectionLabels)).size).toBe(sectionIds.length);
	});

	it('accept only the site’s section ids from an address', () => {
		expect(isSection('stack')).toBe(true);
		expect(isSection('home')).toBe(false);
		expect(isSection('toString')).toBe(false);
		expect(isSection(null)).toBe(false);
	});
});
