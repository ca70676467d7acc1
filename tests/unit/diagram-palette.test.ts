import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cachedKeys, readCached } from '../../src/features/diagrams/cache.ts';
import { palette } from '../../src/features/diagrams/render-settings.ts';

const css = readFileSync('src/features/diagrams/diagrams.css', 'utf8');
/** The custom properties set in one rule block of diagrams.css, found by its selector. */
function customProperties(selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start < 0) throw new Error(`diagrams.css has no rule for ${selector}`);
	const block = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		[...block.matchAll(/--dg-([\w-]+):\s*(#[0-9a-f]+);/g)].map((match) => [match[1], match[2]]),
	);
}

describe('the diagram palette', () => {
	it('gives every role a distinct light colour, since the colour names the role in the render', () => {
		const lights = Object.values(palette).map((colour) => colour.light.toLowerCase());
		expect(new Set(lights).size).toBe(lights.length);
	});

	it('matches diagrams.css in both themes', () => {
		const light = customProperties('\n.diagram');
		const dark = customProperties(':root[data-theme="dark"] .diagram');
		expect(light).toEqual(Object.fromEntries(Object.entries(palette).map(([role, c]) => [role, c.light])));
		expect(dark).toEqual(Object.fromEntries(Object.entries(palette).map(([role, c]) => [role, c.dark])));
	});

	it('has a diagrams.css rule for every colour class a cached diagram uses', () => {
		const used = new Set<string>();
		for (const key of cachedKeys()) {
			const svg = readCached(key)?.svg ?? '';
			for (const [, classes] of svg.matchAll(/\sclass="([^"]+)"/g)) {
				for (const name of (classes as string).split(' ')) used.add(name);
			}
		}
		expect(used.size).toBeGreaterThan(5);
		for (const name of used) {
			const [, prefix, role] = name.match(/^([fs])-(.+)$/) ?? [];
			expect(role && role in palette, `${name} is a palette class`).toBe(true);
			const property = prefix === 'f' ? 'fill' : 'stroke';
			expect(css, `diagrams.css styles .${name}`).toContain(`.diagram .${name} {\n\t${property}: var(--dg-${role});`);
		}
	});
});
