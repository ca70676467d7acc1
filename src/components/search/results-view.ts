import type { PageHit } from './engine.ts';
import type { ExcerptPart } from './excerpt.ts';
import { strings } from './strings.ts';

/**
 * Builds the results listbox from text with DOM calls only (no innerHTML), so nothing a page or a
 * query contains can become markup. Each page is a group; the page and its matching sections are
 * options, and options are the links themselves so a click, a middle-click or Enter all work.
 */
let nextId = 0;
const uid = (prefix: string) => `search-${prefix}-${++nextId}`;

function span(className: string, text: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.className = className;
	element.id = uid(className);
	element.textContent = text;
	return element;
}

function excerpt(parts: ExcerptPart[]): HTMLSpanElement {
	const element = span('result-excerpt', '');
	for (const part of parts) {
		if (!part.mark) {
			element.append(part.text);
			continue;
		}
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		element.append(mark);
	}
	return element;
}

function option(href: string, className: string, label: HTMLElement, described: HTMLElement[]): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = href;
	link.className = className;
	link.id = uid('option');
	link.tabIndex = -1;
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');
	link.setAttribute('aria-labelledby', label.id);
	if (described.length > 0) link.setAttribute('aria-describedby', described.map((element) => element.id).join(' '));
	return link;
}

function group(label: string, className: string): HTMLDivElement {
	const element = document.createElement('div');
	element.setAttribute('role', 'group');
	element.setAttribute('aria-label', label);
	element.className = className;
	return element;
}

/** One group per page: the page itself, then its best sections. Returns the option to make active. */
export function pageGroups(pages: PageHit[]): { nodes: HTMLElement[]; first: HTMLElement | undefined } {
	let first: HTMLElement | undefined;
	const nodes = pages.map((page) => {
		const box = group(page.title, 'result-group');
		const title = span('result-title', page.title);
		const section = page.section ? span('result-section', page.section) : undefined;
		const text = page.excerpt.length > 0 ? excerpt(page.excerpt) : undefined;
		const described = [section, text].filter((element): element is HTMLSpanElement => Boolean(element));
		const row = option(page.url, 'result-page', title, described);
		const head = document.createElement('span');
		head.className = 'result-head';
		head.append(title, ...(section ? [section] : []));
		row.append(head, ...(text ? [text] : []));
		box.append(row);

		const rows = page.sections.map((hit) => {
			const heading = span('result-title', hit.title);
			const hitText = excerpt(hit.excerpt);
			const nested = option(hit.url, 'result-section-hit', heading, [hitText]);
			nested.append(heading, hitText);
			return nested;
		});
		box.append(...rows);
		// The first option showing a hit: Enter right after typing lands on highlighted text.
		first ??= text ? row : (rows[0] ?? row);
		return box;
	});
	return { nodes, first };
}

/** "Did you mean" options: links to the corrected search, handled in place by the dialog. */
export function suggestionGroup(suggestions: string[], hrefFor: (query: string) => string): HTMLElement {
	const box = group(strings.didYouMean, 'result-suggestions');
	for (const suggestion of suggestions) {
		const label = span('suggestion-text', suggestion);
		const link = option(hrefFor(suggestion), 'result-suggestion', label, []);
		link.dataset.suggestion = suggestion;
		link.append(label);
		box.append(link);
	}
	return box;
}
