import { highlightParam } from './config.ts';
import { isStopWord } from './query.ts';

/**
 * On a page opened from a search result (`?highlight=kafka`), marks the searched words with Pagefind's highlight
 * script (pagefind-highlight.js, loaded only then), then brings the first one into view when the result has no
 * #section to land on.
 */
export async function highlightHits(bundle: string): Promise<void> {
	// Options: https://pagefind.app/docs/highlight-config/
	const module: { default: new (options: object) => unknown } = await import(
		/* @vite-ignore */ `${bundle}pagefind-highlight.js`
	);
	new module.default({
		highlightParam,
		markContext: '[data-pagefind-body]',
		// Pagefind's default adds an inline <style>, which the strict CSP blocks; search.css styles the marks.
		addStyles: false,
		markOptions: {
			className: 'search-hit',
			exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', 'svg', 'svg *', 'h1'],
			// A query of only stop words ("how to") searches for them; marking every "to" on the page helps nobody.
			filter: (_node: Text, term: string) => [...term].length > 1 && !isStopWord(term),
			done() {
				const first = document.querySelector('mark.search-hit');
				if (location.hash || !first) return;
				const box = first.getBoundingClientRect();
				if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
			},
		},
	});
}
