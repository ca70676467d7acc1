import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeSearchWeights } from '../../src/config/markdown/rehype-search-weights.ts';

async function render(markdown: string, section: string) {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter: { section } } } });
	const out = await unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeSearchWeights)
		.use(rehypeStringify)
		.process(file);
	return String(out);
}

const glossary = '## K\n\n### Kafka\n\nA distributed log. See [queues](/stack/queues/).\n';

describe('rehypeSearchWeights', () => {
	it('weights a glossary term above its definition', async () => {
		expect(await render(glossary, 'glossary')).toMatchInlineSnapshot(`
			"<h2>K</h2>
			<h3 data-pagefind-weight="10">Kafka</h3>
			<p data-pagefind-weight="0.5">A distributed log. See <a href="/stack/queues/">queues</a>.</p>"
		`);
	});

	it('leaves every other page to Pagefind’s defaults', async () => {
		expect(await render(glossary, 'stack')).not.toContain('data-pagefind-weight');
	});

	it('does nothing for a file without frontmatter', async () => {
		const out = await unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeSearchWeights)
			.use(rehypeStringify)
			.process('### Kafka');
		expect(String(out)).toBe('<h3>Kafka</h3>');
	});
});
