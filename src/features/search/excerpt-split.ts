/**
 * Pagefind 1.6 splits a page's whole text into words again for each sub-result's excerpt (`build_excerpt` in the
 * pagefind.js it writes), so a query hitting many glossary entries split 20,000 words dozens of times: a third of a
 * warm search here. This edit reuses the last split while the text is the same (build_excerpt only reads the words).
 * Pagefind has no option for it; `pagefind-worker.js` is never loaded (`noWorker`). Delete once Pagefind splits once.
 */
const original =
	'let is_zws_delimited=content.includes("\\u200B");let fragment_words=[];if(is_zws_delimited){fragment_words=content.split("\\u200B");}else{fragment_words=content.split(word_separators);}';
const reused =
	'let is_zws_delimited,fragment_words;if(last_split?.content===content){({is_zws_delimited,fragment_words}=last_split);}else{is_zws_delimited=content.includes("\\u200B");fragment_words=is_zws_delimited?content.split("\\u200B"):content.split(word_separators);last_split={content,is_zws_delimited,fragment_words};}';
const declaration = 'var build_excerpt=';

/** pagefind.js with build_excerpt reusing its last split; throws if Pagefind's code is not the one expected. */
export function reuseExcerptSplit(source: string): string {
	if (source.split(original).length !== 2 || source.split(declaration).length !== 2)
		throw new Error(
			"dist/pagefind/pagefind.js: Pagefind's build_excerpt is not the code src/features/search/excerpt-split.ts " +
				'expects (was Pagefind upgraded?). If the new build_excerpt no longer splits the whole page text on every ' +
				'call, delete excerpt-split.ts and its call in integration.ts; otherwise update `original` to the new code.',
		);
	return source.replace(declaration, `var last_split;${declaration}`).replace(original, reused);
}
