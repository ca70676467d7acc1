import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/features/deep-links/built-site.ts';
import { isReservedId } from '../../src/features/deep-links/heading-id.ts';
import { brokenPermalinks, type PermalinkLock, unlisted } from '../../src/features/deep-links/permalinks.ts';

const lock = JSON.parse(readFileSync(join(process.cwd(), 'permalinks.lock.json'), 'utf8')) as PermalinkLock;
const site = readBuiltSite(join(process.cwd(), 'dist'));

describe('permalinks.lock.json against the build', () => {
	it('every locked address and anchor still lands (directly, through a redirect or an anchor alias)', () => {
		const anchors = Object.values(lock.pages).reduce((sum, list) => sum + list.length, 0);
		console.log(`permalink lock: ${Object.keys(lock.pages).length} addresses, ${anchors} anchors checked`);
		expect(brokenPermalinks(lock, site)).toEqual([]);
		// New addresses and anchors are allowed; they are listed so `npm run permalinks` can record them.
		const fresh = unlisted(lock, site);
		if (fresh.length > 0)
			console.warn(`Not in permalinks.lock.json yet (run npm run permalinks):\n- ${fresh.join('\n- ')}`);
	});

	it('every id the layout puts on every page is reserved, so no heading can take it (heading-id.ts)', () => {
		const pages = [...site.values()].filter((page) => !page.redirectTo && page.address.endsWith('/'));
		const layoutIds = [...(pages[0]?.ids ?? [])].filter(
			(id) => pages.every((page) => page.ids.has(id)) && !pages.some((page) => page.anchors.has(id)),
		);
		// Starlight's theme-icon template is on every page: proof that the scan finds layout ids at all.
		expect(layoutIds).toContain('theme-icons');
		expect(layoutIds.filter((id) => !isReservedId(id))).toEqual([]);
	});
});
