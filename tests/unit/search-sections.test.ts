import { describe, expect, it } from 'vitest';
import { sectionGroups } from '../../src/config/sections.ts';
import { sectionIds } from '../../src/features/search/sections.ts';

describe('search section filters', () => {
	it('cover every section, in the sidebar’s learning order', () => {
		expect(sectionIds).toEqual(sectionGroups.map(([, folder]) => folder));
	});
});
