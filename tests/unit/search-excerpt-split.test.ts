import { describe, expect, it } from 'vitest';
import { reuseExcerptSplit } from '../../src/features/search/excerpt-split.ts';

/** A stand-in for pagefind.js with Pagefind 1.6's build_excerpt opening, returning the words it split. */
const pagefindLike = `var word_separators=/[\\r\\n\\s]+/g;var build_excerpt=(content,start,length)=>{let is_zws_delimited=content.includes("\\u200B");let fragment_words=[];if(is_zws_delimited){fragment_words=content.split("\\u200B");}else{fragment_words=content.split(word_separators);}return {words:fragment_words,excerpt:fragment_words.slice(start,start+length).join(is_zws_delimited?"":" ")};};export {build_excerpt};`;

type BuildExcerpt = (content: string, start: number, length: number) => { words: string[]; excerpt: string };
const load = async (source: string): Promise<BuildExcerpt> =>
	(await import(`data:text/javascript,${encodeURIComponent(source)}`)).build_excerpt;

describe('reusing the word split of build_excerpt (excerpt-split.ts)', () => {
	it('gives the same excerpts as Pagefind’s code, splitting a page’s text once for consecutive calls', async () => {
		const [pagefinds, reusing] = await Promise.all([load(pagefindLike), load(reuseExcerptSplit(pagefindLike))]);
		const page = 'Kafka keeps\nrecords in   partitions; a consumer group shares them.';
		const other = 'A cache\u200Bsits\u200Bin front';
		for (const [text, start, length] of [
			[page, 0, 3],
			[page, 4, 4],
			[other, 1, 2],
			[page, 2, 30],
		] as const) {
			expect(reusing(text, start, length).excerpt).toBe(pagefinds(text, start, length).excerpt);
		}
		// The same text twice in a row: the second call reuses the first call's words instead of splitting again.
		expect(reusing(page, 0, 2).words).toBe(reusing(page, 5, 2).words);
		expect(pagefinds(page, 0, 2).words).not.toBe(pagefinds(page, 5, 2).words);
		// Another text in between: split afresh.
		const first = reusing(page, 0, 2).words;
		reusing(other, 0, 1);
		expect(reusing(page, 0, 2).words).not.toBe(first);
	});

	it('fails the build with what to do when Pagefind’s code is not the one it was written for', () => {
		const upgraded = pagefindLike.replace('content.split(word_separators)', 'split_words(content)');
		expect(() => reuseExcerptSplit(upgraded)).toThrow(
			/excerpt-split\.ts.*Pagefind upgraded\?.*delete excerpt-split\.ts/s,
		);
		expect(() => reuseExcerptSplit(pagefindLike + pagefindLike)).toThrow(/is not the code/);
	});
});
