import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';

/**
 * A page's markup as a link-preview crawler or an AI agent reads it: the served HTML parsed by parse5 (the HTML
 * standard's tree construction, as a browser does) without running scripts or loading styles. A browser page load
 * costs about half a second on this machine; checks of what the server sends need none of it.
 */
export async function servedMarkup(url: string): Promise<Root> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return fromHtml(await response.text());
}

/** The trimmed text of the first element matching `selector`; empty when none does. */
export function textIn(selector: string, root: Root): string {
	const element = select(selector, root);
	return element ? textOf(element).trim() : '';
}
