import { highlightParam } from './config.ts';
import { highlightTerms } from './query.ts';

/** The part of pagefind-highlight.js (Pagefind 1.6) used here; it wraps mark.js. */
interface MarkInstance {
	markRegExp(pattern: RegExp, options: object): void;
}
interface PagefindHighlightClass {
	new (options: object): { markOptions: object };
	prototype: { markText(instance: MarkInstance, terms: string[]): void };
}

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * On a page opened from a search result (`?highlight=kafka`), marks the searched words with
 * Pagefind's highlight script, loaded only then. Words are matched at the start of a word
 * ("queue" marks "queues", "api" leaves "rapid" alone) and stop words are skipped; both need the
 * override of `markText` below, since the script otherwise marks every substring of every term.
 */
export async function highlightLanding(bundle: string): Promise<void> {
	const terms = highlightTerms(new URLSearchParams(location.search).getAll(highlightParam));
	if (terms.length === 0) return;
	const module: { default: PagefindHighlightClass } = await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');

	class WordStartHighlight extends module.default {
		markText(instance: MarkInstance) {
			instance.markRegExp(pattern, this.markOptions);
		}
	}
	new WordStartHighlight({
		highlightParam,
		markContext: '[data-pagefind-body]',
		// Pagefind's default adds an inline <style>, which a strict CSP blocks; search.css styles the marks.
		addStyles: false,
		markOptions: {
			className: 'search-hit',
			exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', 'svg', 'svg *', 'h1'],
		},
	});

	// A result without a #section lands at the top; bring the first hit into view if it is below.
	const first = document.querySelector('mark.search-hit');
	if (!location.hash && first) {
		const box = first.getBoundingClientRect();
		if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
	}
}
