import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../src/features/search/sections.ts';
import { sections } from '../../src/lib/sections.ts';

describe('search section filters', () => {
	it('cover every section, in the sidebar’s learning order', () => {
		expect(sectionIds).toEqual(sections.map((section) => section.id));
	});
});
