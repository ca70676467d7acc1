import { resembles } from './match.ts';
import type { Instance, PagefindResultData, PagefindSubResult } from './pagefind-components.ts';
import { queryTerms } from './query.ts';

/** Sections shown under a page: Pagefind's default `max-sub-results`. */
const maxSections = 3;

/** How many of the searched terms a heading names: "Cache invalidation strategies" names cache and invalidation. */
function termsNamed(heading: string, terms: string[]): number {
	const words = heading.split(/\s+/);
	return terms.filter((term) => words.some((word) => resembles(term, word))).length;
}

/**
 * The sections a result shows. Pagefind keeps the ones with most hits, so the glossary's "CORS" entry can lose to
 * longer entries that only mention it; a reader who searches a term wants the section named after it. Sections
 * whose heading names the most searched terms come first, then Pagefind's own pick fills the rest.
 */
export function sectionsToShow(instance: Instance, data: PagefindResultData, terms: string[]): PagefindSubResult[] {
	const named = instance
		.getDisplaySubResults(data, Number.POSITIVE_INFINITY)
		.map((sub) => ({ sub, named: termsNamed(sub.title, terms) }))
		.filter((entry) => entry.named > 0)
		.sort((a, b) => b.named - a.named)
		.slice(0, maxSections)
		.map((entry) => entry.sub);
	const rest = { ...data, sub_results: data.sub_results.filter((sub) => !named.includes(sub)) };
	return [...named, ...instance.getDisplaySubResults(rest, maxSections - named.length)];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Node[]) {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

function link(className: string, href: string, text: string): HTMLAnchorElement {
	const anchor = element('a', className, document.createTextNode(text));
	anchor.href = href;
	return anchor;
}

/** Pagefind's excerpts are escaped text with <mark>s around the hits, inserted as its own template does. */
function excerpt(className: string, html: string): HTMLParagraphElement {
	const paragraph = element('p', className);
	paragraph.innerHTML = html;
	return paragraph;
}

/**
 * Pagefind's built-in result markup (same elements and classes, so its styles and keyboard navigation apply),
 * rendered through `resultTemplate`, its hook for custom results, because a template cannot choose the sections.
 */
export function resultTemplate(instance: Instance): (data: PagefindResultData) => Element {
	return (data) => {
		const content = element('div', 'pf-result-content');
		content.append(
			element('p', 'pf-result-title', link('pf-result-link', data.meta.url ?? data.url, data.meta.title ?? '')),
		);
		if (data.excerpt) content.append(excerpt('pf-result-excerpt', data.excerpt));
		const item = element('li', 'pf-result', element('div', 'pf-result-card', content));
		const sections = sectionsToShow(instance, data, queryTerms(instance.searchTerm));
		if (sections.length > 0) {
			const chips = sections.map((sub) =>
				element(
					'li',
					'pf-heading-chip',
					link('pf-heading-link', sub.url, sub.title),
					excerpt('pf-heading-excerpt', sub.excerpt),
				),
			);
			item.append(element('ul', 'pf-heading-chips', ...chips));
		}
		return item;
	};
}
