import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { simplifyMdx } from './simplify-mdx.ts';

export interface PageLink {
	title: string;
	/** Absolute URL of the page. */
	url: string;
	description?: string | undefined;
}

/** Everything a page's Markdown copy says, with absolute URLs. */
export interface MarkdownCopyInput {
	title: string;
	description: string;
	url: string;
	sectionLabel?: string | undefined;
	reviewed: Date;
	/** The MDX body, without frontmatter. */
	body: string;
	/** The origin root-relative links in the body resolve against. */
	site: URL;
	before?: PageLink[];
	related?: PageLink[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const printer = unified()
	.use(remarkGfm)
	.use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, listItemIndent: 'one', rule: '-' });

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (page: PageLink): PhrasingContent => ({ type: 'link', url: page.url, children: [text(page.title)] });

function list(items: PhrasingContent[][]): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		children: items.map((children) => ({
			type: 'listItem',
			spread: false,
			children: [{ type: 'paragraph', children }],
		})),
	};
}

/** The title, summary and where the page lives, above the body. */
function header(input: MarkdownCopyInput): RootContent[] {
	const facts: PhrasingContent[][] = [
		[text('Web page: '), { type: 'link', url: input.url, children: [text(input.url)] }],
		...(input.sectionLabel ? [[text(`Section: ${input.sectionLabel}`)]] : []),
		[text(`Last reviewed: ${input.reviewed.toISOString().slice(0, 10)}`)],
	];
	if (input.before?.length) {
		facts.push([
			text('Read first: '),
			...input.before.flatMap((page, i) => (i ? [text(', '), link(page)] : [link(page)])),
		]);
	}
	return [
		{ type: 'heading', depth: 1, children: [text(input.title)] },
		{ type: 'blockquote', children: [{ type: 'paragraph', children: [text(input.description)] }] },
		list(facts),
	];
}

function relatedBlock(related: PageLink[] | undefined): RootContent[] {
	if (!related?.length) return [];
	return [
		{ type: 'heading', depth: 2, children: [text('Related')] },
		list(related.map((page) => [link(page), ...(page.description ? [text(`: ${page.description}`)] : [])])),
	];
}

/** A topic page as plain Markdown: header, body with components flattened, related pages. */
export function toMarkdownCopy(input: MarkdownCopyInput): string {
	const body = simplifyMdx(parser.parse(input.body) as Root, input.site);
	const document: Root = {
		type: 'root',
		children: [...header(input), ...body.children, ...relatedBlock(input.related)],
	};
	return printer.stringify(document);
}
