import { unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { rehypeHeadingAnchors } from '../../features/deep-links/rehype-heading-anchors.ts';
import { rehypeHeadingLinks } from '../../features/deep-links/rehype-heading-links.ts';
import { remarkHeadingIds } from '../../features/deep-links/remark-heading-ids.ts';
import { remarkMermaid } from '../../features/diagrams/remark-mermaid.ts';
import { outsideLinks } from '../../features/facts/outside-links.ts';
import { remarkFacts } from '../../features/facts/remark-facts.ts';
import { rehypeProgressToggle } from '../../features/learning/rehype-progress-toggle.ts';
import { rehypeSearchWeights } from './rehype-search-weights.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { remarkCheckImports } from './remark-check-imports.ts';

/**
 * Astro 7's default processor (Sätteri) runs no remark/rehype plugin; our diagram and heading steps
 * are remark/rehype plugins, so we opt into the unified processor. See src/config/README.md.
 * The heading steps run before the plugins Starlight and the link validator append, so both see final ids.
 */
export const markdownProcessor = unified({
	// remarkFacts first: diagrams and heading ids must never see a fact placeholder.
	remarkPlugins: [remarkCheckImports, remarkFacts, remarkMermaid, remarkHeadingIds],
	rehypePlugins: [
		rehypeHeadingAnchors,
		rehypeHeadingLinks,
		rehypeSearchWeights,
		rehypeTaskListLabels,
		rehypeProgressToggle,
		[rehypeExternalLinks, outsideLinks],
	],
});
