/** What the vocabulary is built from: one docs page. */
export interface VocabularySource {
	title: string;
	section: string;
	aliases: string[];
	tags: string[];
	headings: { depth: number; text: string }[];
}

/** Headings that name no topic: the glossary's letter dividers and the closing summary every page has. */
const noTopic = (text: string) => /^.$/u.test(text) || /^key points$/i.test(text);

/**
 * The site's own terms for "Did you mean …", most central first (ties in the suggestion go to the
 * earlier term): page titles, aliases, glossary terms, headings, then tags. Built at compile time
 * into /search-vocabulary.json and fetched only when a query finds nothing.
 */
export function buildVocabulary(pages: VocabularySource[]): string[] {
	const titles = pages.map((page) => page.title.replace(/^Step \d+:\s*/, ''));
	const aliases = pages.flatMap((page) => page.aliases);
	const glossary = pages
		.filter((page) => page.section === 'glossary')
		.flatMap((page) => page.headings.map((h) => h.text));
	const headings = pages.flatMap((page) => page.headings.filter((h) => h.depth <= 3).map((h) => h.text));
	const tags = pages.flatMap((page) => page.tags.map((tag) => tag.replaceAll('-', ' ')));

	const seen = new Set<string>();
	const terms: string[] = [];
	for (const raw of [...titles, ...aliases, ...glossary, ...headings, ...tags]) {
		const term = raw
			.replace(/\s+/g, ' ')
			.replace(/[?.:]+$/, '')
			.trim();
		const key = term.toLowerCase();
		if (!term || term.length > 60 || noTopic(term) || seen.has(key)) continue;
		seen.add(key);
		terms.push(term);
	}
	return terms;
}
