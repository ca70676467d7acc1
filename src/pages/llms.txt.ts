import type { APIRoute } from 'astro';
import { siteDescription, siteTitle } from '../config/site.ts';
import { llmsTxt } from '../features/previews/llms-txt.ts';
import { markdownHref } from '../features/previews/markdown-copy/paths.ts';
import { catalog } from '../lib/catalog.ts';
import { sections } from '../lib/sections.ts';
import { topicHref } from '../lib/topics.ts';

// Our own /llms.txt rather than starlight-llms-txt's, which lists its llms-full/llms-small files, not the topics
// (see src/pages/[...slug].md.ts for the rest of that reasoning).
export const GET: APIRoute = async ({ site }) => {
	const origin = site ?? new URL('http://localhost/');
	const text = llmsTxt({
		siteTitle,
		siteDescription,
		pages: await catalog(),
		sections,
		markdownUrl: (id) => new URL(markdownHref(id), origin).href,
		pageUrl: (id) => new URL(topicHref(id), origin).href,
	});
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
