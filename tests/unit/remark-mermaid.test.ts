import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The renderer is a real browser; here the cache it fills is mocked (text in, HTML out).
const cache = new Map<string, unknown>();
vi.mock('../../src/features/diagrams/cache.ts', () => ({
	diagramKey: (code: string) => `k${code.length}`,
	readCached: (key: string) => cache.get(key),
}));
const { remarkMermaid } = await import('../../src/features/diagrams/remark-mermaid.ts');

const diagram = [
	'flowchart TD',
	'  accTitle: Queue',
	'  accDescr: Producers never wait for consumers.',
	'  P --> Q',
].join('\n');
const fakeSvg = (key: string) =>
	`<svg id="d${key}" class="f-text" width="200" height="100"><title id="d${key}-t">Queue</title><text class="f-line">P</text></svg>`;

async function render(markdown: string) {
	const file = new VFile({ value: markdown, path: `${process.cwd()}/content/docs/stack/queues.mdx` });
	const out = await unified().use(remarkParse).use(remarkMermaid).use(remarkRehype).use(rehypeStringify).process(file);
	return String(out);
}

describe('remarkMermaid', () => {
	beforeEach(() => {
		cache.clear();
		const key = `k${diagram.length}`;
		cache.set(key, {
			svg: fakeSvg(key),
			width: 200,
			height: 100,
			labels: ['Producer', 'Queue'],
		});
	});

	it('leaves a page without diagrams untouched', async () => {
		expect(await render('# Title\n\n```js\nlet a = 1;\n```\n')).toMatchInlineSnapshot(`
			"<h1>Title</h1>
			<pre><code class="language-js">let a = 1;
			</code></pre>"
		`);
	});

	it('replaces a cached fence with a themed, captioned figure', async () => {
		const html = await render(`Intro\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`);
		expect(html).not.toContain('language-mermaid');
		expect(html).toContain('<figure class="diagram"');
		// One SVG for both themes, its palette classes kept for diagrams.css.
		expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(1);
		expect(html).toContain('class="diagram-svg f-text" width="200" height="100" role="img"');
		expect(html).toContain('<text class="f-line">P</text>');
		// The zoom view's button, named after the diagram for screen readers.
		expect(html).toMatch(
			/<button class="diagram-enlarge not-content" type="button" data-diagram-enlarge="" aria-haspopup="dialog" data-pagefind-ignore="">/,
		);
		expect(html).toContain('Enlarge diagram<span class="sr-only">: Queue</span></button>');
		expect(html).toContain('<span class="diagram-description">Producers never wait for consumers.</span>');
		expect(html).toContain('<li>Producer</li><li>Queue</li>');
		expect(html).toContain('aria-label="Diagram: Queue"');
	});

	it('gives the second copy of a diagram on one page its own ids', async () => {
		const fence = `\`\`\`mermaid\n${diagram}\n\`\`\`\n`;
		const html = await render(`${fence}\n${fence}`);
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
		expect(ids).toHaveLength(4);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('fails with file, line and fix when the cache has no render', async () => {
		cache.clear();
		await expect(render(`Intro\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`)).rejects.toThrowErrorMatchingInlineSnapshot(`
			[AuthorError: content/docs/stack/queues.mdx:3: this mermaid diagram has no rendered SVG in src/features/diagrams/cache/
			  Fix: run \`npm run diagrams\` to render it, then commit the new cache file.]
		`);
	});

	it('fails with file and line when accTitle or accDescr is missing', async () => {
		await expect(
			render('Text\n\n```mermaid\nflowchart TD\n  A --> B\n```\n'),
		).rejects.toThrowErrorMatchingInlineSnapshot(`
			[AuthorError: content/docs/stack/queues.mdx:3: mermaid diagram has no accTitle and accDescr
			  Fix: add \`accTitle: <short title>\` and \`accDescr: <what the reader should notice>\` lines after the diagram type (a long description may use the block form \`accDescr { … }\`).]
		`);
	});
});

describe('readDiagramSource', async () => {
	const { readDiagramSource } = await import('../../src/features/diagrams/source.ts');
	it("accepts Mermaid's block form of accDescr, over several lines", () => {
		const code =
			'flowchart TD\n  accTitle: Queue\n  accDescr {\n    Producers never wait\n    for consumers.\n  }\n  P --> Q';
		expect(readDiagramSource(code, 'page.mdx', 3)).toMatchObject({
			title: 'Queue',
			description: 'Producers never wait for consumers.',
		});
	});
	it('reads a fence saved with Windows line endings as the same diagram', () => {
		const source = readDiagramSource(diagram.replaceAll('\n', '\r\n'), 'page.mdx', 3);
		expect(source).toEqual({ code: diagram, title: 'Queue', description: 'Producers never wait for consumers.' });
	});
	it('still refuses an empty block', () => {
		expect(() => readDiagramSource('flowchart TD\n  accTitle: Q\n  accDescr {\n  }\n  P --> Q', 'page.mdx', 3)).toThrow(
			'page.mdx:3: mermaid diagram has no accDescr',
		);
	});
});

describe('readableWidth', async () => {
	const { readableWidth } = await import('../../src/features/diagrams/figure.ts');
	it('is the width at which the smallest label is 12 px, rounded up to the next 100 px rule', () => {
		expect(readableWidth('<svg font-size="16px"><text>a</text></svg>', 1200)).toBe(900);
		// A 14 px label needs 12/14 of the natural width: 1028.6 px, so the 1100 px rule.
		expect(readableWidth('<svg font-size="16px"><text font-size="14px">a</text></svg>', 1200)).toBe(1100);
	});
	it('never asks for more than the natural width, and leaves small diagrams alone', () => {
		expect(readableWidth('<svg font-size="16px"></svg>', 420)).toBe(400);
		expect(readableWidth('<svg font-size="16px"></svg>', 250)).toBe(0);
	});
});
