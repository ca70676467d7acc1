import type { CatalogPage } from '../../lib/catalog.ts';

export interface LlmsTxtInput {
	siteTitle: string;
	siteDescription: string;
	pages: Pick<CatalogPage, 'id' | 'title' | 'description' | 'section'>[];
	/** Sections in reading order (src/lib/sections.ts). */
	sections: readonly { id: string; label: string }[];
	/** Page id → absolute URL of its Markdown copy. */
	markdownUrl: (id: string) => string;
	/** Page id → absolute URL of the web page. */
	pageUrl: (id: string) => string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * /llms.txt in the llmstxt.org shape: the site's name, a one-line summary, then one `##` list per section with
 * every page's Markdown copy and its one-line description, in reading order.
 */
export function llmsTxt(input: LlmsTxtInput): string {
	const entry = (page: LlmsTxtInput['pages'][number]) =>
		`- [${oneLine(page.title)}](${input.markdownUrl(page.id)}): ${oneLine(page.description)}`;
	// The home page, then the other pages that guide rather than teach (the topic map).
	const guides = input.pages
		.filter((page) => page.section === 'home')
		.sort((a, b) => Number(b.id === 'index') - Number(a.id === 'index'));
	const blocks = [
		`# ${input.siteTitle}`,
		`> ${oneLine(input.siteDescription)}`,
		[
			'Every page below links to a plain Markdown copy; the web page is the same address without `.md`',
			`(for example ${input.pageUrl('stack/queues')}). Diagrams appear as their Mermaid source.`,
		].join('\n'),
		...(guides.length ? [`## Start here\n\n${guides.map(entry).join('\n')}`] : []),
		...input.sections.flatMap((section) => {
			const pages = input.pages.filter((page) => page.section === section.id && page.id !== 'index');
			return pages.length ? [`## ${section.label}\n\n${pages.map(entry).join('\n')}`] : [];
		}),
	];
	return `${blocks.join('\n\n')}\n`;
}
