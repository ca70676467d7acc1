import { describe, expect, it } from 'vitest';
import { renderAll } from '../../src/features/diagrams/render/renderer.ts';
import { svgLabels } from '../../src/features/diagrams/render/svg-text.ts';

// The real renderer (Mermaid in Chromium), as `npm run diagrams` uses it.
describe('the diagram renderer', () => {
	it('renders once, with colours as palette classes and no stylesheet or inline style', async () => {
		const [result] = await renderAll([
			'flowchart TD\n  accTitle: Cache\n  accDescr: Reads hit the cache first.\n  App[Application] -->|miss| DB[(Database)]',
		]);
		expect(result?.ok).toBe(true);
		if (!result?.ok) return;
		const { svg } = result;
		expect(svg).toMatch(/^<svg /);
		expect(svg).not.toContain('<style');
		expect(svg).not.toMatch(/\sstyle="/);
		expect(svg).toContain('<title');
		expect(svg).toContain('<desc');
		// No colour is baked in: every fill and stroke left as an attribute is "none" or transparent.
		const baked = [...svg.matchAll(/\s(?:fill|stroke)="([^"]+)"/g)].map((match) => match[1]);
		expect(baked.filter((value) => value !== 'none' && !/^rgba\(.*,\s*0\)$/.test(value as string))).toEqual([]);
		expect(svg).toMatch(/class="f-node[ "]/);
		expect(svg).toMatch(/class="[^"]*s-node-border/);
		expect(svg).toMatch(/class="[^"]*f-text/);
		expect(svgLabels(svg)).toEqual(expect.arrayContaining(['Application', 'Database', 'miss']));
	});

	it('refuses a diagram whose colours the palette does not name', async () => {
		const [result] = await renderAll([
			'flowchart TD\n  accTitle: Odd\n  accDescr: A red box.\n  A[Alert]\n  style A fill:#ff0000',
		]);
		expect(result?.ok).toBe(false);
		if (result?.ok === false) expect(result.message).toMatch(/colours outside the palette \(fill: rgb\(255, 0, 0\)/);
	});

	it("reports Mermaid's own message for invalid syntax", async () => {
		const [result] = await renderAll(['flowchart TD\n  accTitle: Bad\n  accDescr: Broken.\n  A -->> B((']);
		expect(result?.ok).toBe(false);
		if (result?.ok === false) expect(result.message).toMatch(/Parse error on line 4/);
	});
});
