import { unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { outsideLinks } from '../../features/facts/outside-links.ts';
import { remarkFacts } from '../../features/facts/remark-facts.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeSearchWeights } from './rehype-search-weights.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkMermaid } from './remark-mermaid.ts';

/**
 * Astro 7's default processor (Sätteri) runs no remark/rehype plugin; our diagram and heading steps
 * are remark/rehype plugins, so we opt into the unified processor. See src/config/README.md.
 * The heading steps run before the plugins Starlight and the link validator append, so both see final ids.
 */
export const markdownProcessor = unified({
	// remarkFacts first: diagrams and heading ids must never see a fact placeholder.
	remarkPlugins: [remarkFacts, remarkMermaid, remarkHeadingIds],
	rehypePlugins: [
		rehypeHeadingAnchors,
		rehypeHeadingLinks,
		rehypeSearchWeights,
		rehypeTaskListLabels,
		[rehypeExternalLinks, outsideLinks],
	],
});
