import { ExpressiveCode, loadShikiTheme, pluginShiki } from '@astrojs/starlight/expressive-code';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expressiveCode } from '../../src/config/expressive-code.ts';

const code = 'import express from "express";\nconst app = express();';

/** The colour of every token of `code`, highlighted with our Expressive Code settings as the first block of a build. */
async function tokenColours(): Promise<string[]> {
	const engine = new ExpressiveCode({
		themes: [await loadShikiTheme('night-owl')],
		plugins: [pluginShiki(expressiveCode.shiki)],
	});
	const { renderedGroupAst } = await engine.render({ code, language: 'js' });
	return [...JSON.stringify(renderedGroupAst).matchAll(/--0:(#[0-9a-fA-F]+)/g)].map((match) => match[1] as string);
}

afterEach(() => vi.restoreAllMocks());

describe('code highlighting', () => {
	it('colours every token even when the machine is too slow for Shiki’s 500 ms per-line budget', async () => {
		const normal = await tokenColours();
		// The tokenizer measures its budget with Date.now(): make every reading a second later than the last, as on a
		// build machine busy compiling the grammar. Without full-line tokenizing the line stops after its first token.
		let now = Date.now();
		vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
		const slow = await tokenColours();
		expect(new Set(normal).size).toBeGreaterThan(3);
		expect(slow).toEqual(normal);
	}, 30_000);
});
