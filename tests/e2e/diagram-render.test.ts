import { describe, expect, it } from 'vitest';
import { renderAll } from '../../src/features/diagrams/render/renderer.ts';
import { svgLabels } from '../../src/features/diagrams/render/svg-text.ts';

// The real renderer (Mermaid in Chromium), as `npm run diagrams` uses it.
describe('the diagram renderer', () => {
	it('renders both themes with styles baked in and no stylesheet', async () => {
		const [result] = await renderAll([
			'flowchart TD\n  accTitle: Cache\n  accDescr: Reads hit the cache first.\n  App[Application] -->|miss| DB[(Database)]',
		]);
		expect(result?.ok).toBe(true);
		if (!result?.ok) return;
		for (const svg of [result.svg.light, result.svg.dark]) {
			expect(svg).toMatch(/^<svg /);
			expect(svg).not.toContain('<style');
			expect(svg).not.toMatch(/\sstyle="/);
			expect(svg).toContain('<title');
			expect(svg).toContain('<desc');
		}
		expect(result.svg.light).not.toBe(result.svg.dark);
		expect(svgLabels(result.svg.light)).toEqual(expect.arrayContaining(['Application', 'Database', 'miss']));
	});

	it("reports Mermaid's own message for invalid syntax", async () => {
		const [result] = await renderAll(['flowchart TD\n  accTitle: Bad\n  accDescr: Broken.\n  A -->> B((']);
		expect(result?.ok).toBe(false);
		if (result?.ok === false) expect(result.message).toMatch(/Parse error on line 4/);
	});
});
