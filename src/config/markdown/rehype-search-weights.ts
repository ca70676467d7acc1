import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Pagefind weights for glossary pages (Pagefind's defaults: h1 7, h2 6, h3 5, text 1). */
export const glossaryWeights = {
	/** A term's own heading: a search for "ACID" should land on the ACID entry. */
	term: 10,
	/** Definitions mention many other terms; at half weight they don't outrank the topic pages. */
	definition: 0.5,
};

/** Glossary entries rank for their term, and only for it. Other pages keep Pagefind's defaults. */
export function rehypeSearchWeights() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data.astro as { frontmatter?: { section?: unknown } } | undefined)?.frontmatter;
		if (frontmatter?.section !== 'glossary') return;
		visit(tree, 'element', (node) => {
			if (node.tagName === 'h3') node.properties.dataPagefindWeight = glossaryWeights.term;
			else if (node.tagName === 'p') node.properties.dataPagefindWeight = glossaryWeights.definition;
		});
	};
}
