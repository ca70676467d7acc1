import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as ToHast } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from '../../src/features/deep-links/rehype-heading-anchors.ts';
import { rehypeHeadingLinks } from '../../src/features/deep-links/rehype-heading-links.ts';
import { remarkHeadingIds } from '../../src/features/deep-links/remark-heading-ids.ts';

const toHast: ToHast = {
	passThrough: ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'],
};

/** The heading steps as Astro runs them: MDX (or Markdown) → remark → rehype, with the page's frontmatter. */
async function render(source: string, { mdx = true, frontmatter = {} as Record<string, unknown>, links = false } = {}) {
	const path = `${process.cwd()}/content/docs/stack/queues.${mdx ? 'mdx' : 'md'}`;
	const file = new VFile({ value: source, path, data: { astro: { frontmatter } } });
	const processor = unified()
		.use(remarkParse)
		.use(mdx ? [remarkMdx] : [])
		.use(remarkHeadingIds)
		.use(remarkRehype, toHast)
		.use(rehypeHeadingAnchors)
		.use(links ? [rehypeHeadingLinks] : [])
		.use(rehypeStringify);
	return String(await processor.process(file));
}

describe('heading ids', () => {
	it('slugs every heading the way Astro does', async () => {
		expect(await render('## Delivery guarantees\n\n### RabbitMQ vs Kafka\n\n#### C# and .NET')).toMatchInlineSnapshot(`
			"<h2 id="delivery-guarantees">Delivery guarantees</h2>
			<h3 id="rabbitmq-vs-kafka">RabbitMQ vs Kafka</h3>
			<h4 id="c-and-net">C# and .NET</h4>"
		`);
	});

	it('keeps a pinned id when the heading is reworded (MDX comment form)', async () => {
		const html = await render('## How the broker guarantees delivery {/* #delivery-guarantees */}');
		expect(html).toBe('<h2 id="delivery-guarantees">How the broker guarantees delivery</h2>');
	});

	it('keeps a pinned id in plain Markdown ({#id} form)', async () => {
		const html = await render('## How the broker guarantees delivery {#delivery-guarantees}', { mdx: false });
		expect(html).toBe('<h2 id="delivery-guarantees">How the broker guarantees delivery</h2>');
	});

	it('leaves other expressions and code in a heading alone', async () => {
		expect(await render('## The `ack` call')).toBe('<h2 id="the-ack-call">The <code>ack</code> call</h2>');
	});

	it('refuses a pinned id that is not short and lowercase', async () => {
		await expect(render('## Delivery {/* #Delivery_Guarantees */}')).rejects.toThrowErrorMatchingInlineSnapshot(`
			[AuthorError: content/docs/stack/queues.mdx:1: the pinned heading id "#Delivery_Guarantees" is not a short lowercase id
			  Fix: use lowercase letters, digits and single hyphens, e.g. \`{/* #delivery-guarantees */}\`.]
		`);
	});

	it('fails on two headings with the same id, naming both lines', async () => {
		await expect(render('## Example\n\ntext\n\n## Example')).rejects.toThrowErrorMatchingInlineSnapshot(`
			[AuthorError: content/docs/stack/queues.mdx:5: two headings on this page have the id "#example" (the other is on line 1)
			  Fix: reword one of them, or pin a stable id at the end of the heading: \`## Heading text {/* #short-id */}\` (in .md: \`{#short-id}\`).]
		`);
	});

	it('fails when a pinned id collides with another heading', async () => {
		await expect(render('## Retries\n\n## Trying again {/* #retries */}')).rejects.toThrow(
			/queues\.mdx:3: two headings on this page have the id "#retries".*\n {2}Fix: pin a different id/,
		);
	});

	it('refuses ids Starlight uses for the page itself', async () => {
		await expect(render('## _top')).rejects.toThrow(
			/the heading id "#_top" is already the id of an element of the page's layout/,
		);
		// The site's own layout ids too: `## Search results` would collide with the search dialog's result list.
		await expect(render('## Search results')).rejects.toThrow(
			/:1: the heading id "#search-results" is already the id of an element of the page's layout[^\n]*\n {2}Fix: reword the heading or pin a stable id/,
		);
	});
});

describe('anchor aliases', () => {
	const frontmatter = { anchorAliases: { 'delivery-semantics': 'delivery-guarantees' } };

	it('renders the old id as an empty target inside the renamed heading', async () => {
		const html = await render('## Delivery guarantees', { frontmatter, links: true });
		expect(html).toContain(
			'<div class="heading-wrapper level-h2"><span id="delivery-semantics" class="anchor-alias" data-anchor-alias="delivery-guarantees"></span><h2 id="delivery-guarantees">',
		);
	});

	it('puts the target before a deeper heading that has no copy button', async () => {
		const html = await render('#### Fine print', {
			frontmatter: { anchorAliases: { small: 'fine-print' } },
			links: true,
		});
		expect(html).toBe(
			'<span id="small" class="anchor-alias" data-anchor-alias="fine-print"></span><h4 id="fine-print">Fine print</h4>',
		);
	});

	it('fails when the alias points at no heading, listing the ones there are', async () => {
		await expect(
			render('## Delivery guarantees\n\n## Retries', { frontmatter: { anchorAliases: { old: 'gone' } } }),
		).rejects.toThrowErrorMatchingInlineSnapshot(`
			[AuthorError: content/docs/stack/queues.mdx: anchorAliases: { old: gone } in the frontmatter: no heading on this page has the id "#gone"
			  Fix: point the alias at one of: #delivery-guarantees, #retries.]
		`);
	});

	it('fails when a heading still has the old id', async () => {
		await expect(
			render('## Retries\n\n## Delivery guarantees', {
				frontmatter: { anchorAliases: { retries: 'delivery-guarantees' } },
			}),
		).rejects.toThrow(/a heading on this page still has the id "#retries"/);
	});
});

describe('copy-link buttons', () => {
	it('wraps each H2 and H3 with a labelled button that search ignores', async () => {
		const html = await render('## Delivery guarantees\n\n#### Fine print', { links: true });
		expect(html).toContain(
			'<div class="heading-wrapper level-h2"><h2 id="delivery-guarantees">Delivery guarantees</h2>',
		);
		expect(html).toContain(
			'<button type="button" class="copy-link" data-copy-link="delivery-guarantees" data-pagefind-ignore="">',
		);
		expect(html).toContain(
			'<span class="sr-only">Copy link to this section: Delivery guarantees</span></button></div>',
		);
		expect(html).toContain('<h4 id="fine-print">Fine print</h4>');
		expect(html.match(/<button/g)).toHaveLength(1);
	});
});
