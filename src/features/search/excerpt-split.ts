/**
 * Pagefind 1.6 builds each sub-result's excerpt by splitting the page's whole text into words again
 * (`build_excerpt` in the pagefind.js it writes). A query that hits many headings of one long page (the glossary:
 * over 20,000 words and 500 entries) splits that text dozens of times, about a third of a warm search on this
 * site. This edit keeps the last split and reuses it while the text is the same; build_excerpt only reads the
 * words (`length`, `slice`). Done by hand because Pagefind has no option for it; `pagefind-worker.js` has the same
 * code but is never loaded (`noWorker` in config.ts). Delete this file once Pagefind splits each page once.
 */
const original =
	'let is_zws_delimited=content.includes("\\u200B");let fragment_words=[];if(is_zws_delimited){fragment_words=content.split("\\u200B");}else{fragment_words=content.split(word_separators);}';
const reused =
	'let is_zws_delimited,fragment_words;if(last_split?.content===content){({is_zws_delimited,fragment_words}=last_split);}else{is_zws_delimited=content.includes("\\u200B");fragment_words=is_zws_delimited?content.split("\\u200B"):content.split(word_separators);last_split={content,is_zws_delimited,fragment_words};}';
const declaration = 'var build_excerpt=';

const count = (source: string, part: string) => source.split(part).length - 1;

/** pagefind.js with build_excerpt reusing its last split; throws if Pagefind's code is not the one expected. */
export function reuseExcerptSplit(source: string): string {
	if (count(source, original) !== 1 || count(source, declaration) !== 1) {
		throw new Error(
			"dist/pagefind/pagefind.js: Pagefind's build_excerpt is not the code src/features/search/excerpt-split.ts " +
				'expects (was Pagefind upgraded?). If the new build_excerpt no longer splits the whole page text on every ' +
				'call, delete excerpt-split.ts and its call in integration.ts; otherwise update `original` to the new code.',
		);
	}
	return source.replace(declaration, `var last_split;${declaration}`).replace(original, reused);
}
