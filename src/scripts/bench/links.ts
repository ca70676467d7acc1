import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { site as origin } from '../../config/site.ts';
import { crawl } from '../../features/deep-links/crawl.ts';
import type { PermalinkLock } from '../../features/deep-links/permalinks.ts';
import { rehypeHeadingAnchors } from '../../features/deep-links/rehype-heading-anchors.ts';
import { rehypeHeadingLinks } from '../../features/deep-links/rehype-heading-links.ts';
import { remarkHeadingIds } from '../../features/deep-links/remark-heading-ids.ts';
import { filesUnder } from '../../lib/files.ts';
import { readPageFile } from '../../lib/frontmatter.ts';
import type { BenchContext, BenchRows } from './types.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The heading steps alone (pinned ids, ids, aliases, copy buttons) over every page, parse excluded. */
async function headingStepsMs(): Promise<{ ms: number; headings: number }> {
	const parse = unified().use(remarkParse).use(remarkMdx);
	const steps = unified()
		.use(remarkHeadingIds)
		.use(remarkRehype, {
			passThrough: ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'],
		})
		.use(rehypeHeadingAnchors)
		.use(rehypeHeadingLinks);
	const files = filesUnder(join(process.cwd(), 'content/docs'), '**/*.mdx').map((path) => {
		const { data, body } = readPageFile(path);
		const file = new VFile({ value: body, path, data: { astro: { frontmatter: data } } });
		return { tree: parse.parse(file), file };
	});
	const started = performance.now();
	let headings = 0;
	for (const { tree, file } of files) {
		const out = await steps.run(tree, file);
		visit(out, 'element', (node) => {
			if ((node as { tagName?: string }).tagName === 'button') headings++;
		});
	}
	return { ms: performance.now() - started, headings };
}

export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const lock = JSON.parse(readFileSync(join(process.cwd(), 'permalinks.lock.json'), 'utf8')) as PermalinkLock;
	const anchors = Object.values(lock.pages).reduce((sum, list) => sum + list.length, 0);
	const started = performance.now();
	const report = crawl(ctx.dist, origin);
	const crawlMs = performance.now() - started;
	const steps = await headingStepsMs();
	const queues = readFileSync(join(ctx.dist, 'stack/queues/index.html'), 'utf8');
	const script = [...queues.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].find(([, body]) =>
		body?.includes('data-copy-link-status'),
	);
	const glossary = readFileSync(join(ctx.dist, 'glossary/index.html'), 'utf8');
	const buttons = glossary.match(/<button type="button" class="copy-link"[\s\S]*?<\/button>/g) ?? [];
	return [
		['Permalink lock', `${Object.keys(lock.pages).length} addresses, ${anchors} anchors`],
		[
			'Crawl of dist/',
			`${report.links} links, ${report.anchors} anchors, ${report.assets} assets in ${crawlMs.toFixed(0)} ms; ${report.broken.length} broken`,
		],
		['Heading steps, all pages', `${steps.headings} copy buttons in ${steps.ms.toFixed(0)} ms`],
		['Copy-link script (inline, gzipped)', script ? kib(gzipSync(script[1] ?? '').length) : 'not found'],
		['Copy-link buttons on /glossary/ (raw HTML)', `${buttons.length}, ${kib(buttons.join('').length)}`],
	];
}
