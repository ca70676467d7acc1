import type { APIRoute, GetStaticPaths } from 'astro';
import { type PageLink, toMarkdownCopy } from '../features/previews/markdown-copy/to-markdown.ts';
import { type CatalogPage, catalog } from '../lib/catalog.ts';

// A plain Markdown copy of every page at /<page id>.md (/stack/queues.md, /index.md), linked from each page's
// head, so tools and assistants can quote a topic precisely. Written here rather than with starlight-llms-txt:
// that plugin (0.12) offers whole-site llms-full.txt/llms-small.txt but no per-page copies, its llms.txt lists
// those files rather than the topics, and it converts rendered HTML back to Markdown, which would turn our
// build-time diagrams into SVG text instead of keeping their Mermaid source.

export const getStaticPaths = (async () =>
	(await catalog()).map((page) => ({ params: { slug: page.id }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: CatalogPage }> = async ({ props: { page }, site }) => {
	const origin = site ?? new URL('http://localhost/');
	const pages = await catalog();
	const linksTo = (ids: { id: string }[]): PageLink[] =>
		ids.flatMap(({ id }) => {
			const target = pages.find((candidate) => candidate.id === id);
			return target
				? [{ title: target.title, url: new URL(target.href, origin).href, description: target.description }]
				: [];
		});
	const markdown = toMarkdownCopy({
		title: page.title,
		description: page.description,
		url: new URL(page.href, origin).href,
		sectionLabel: page.sectionLabel,
		reviewed: page.entry.data.reviewed,
		body: page.entry.body ?? '',
		site: origin,
		before: linksTo(page.entry.data.prerequisites).map(({ description: _, ...rest }) => rest),
		related: linksTo(page.entry.data.related),
	});
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
