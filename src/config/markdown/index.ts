import { unified } from '@astrojs/markdown-remark';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { remarkMermaid } from './remark-mermaid.ts';

/**
 * Astro 7's default processor (Sätteri) runs no remark/rehype plugin; our diagram step is a
 * remark plugin, so we opt into the unified processor. See src/config/README.md.
 */
export const markdownProcessor = unified({
	remarkPlugins: [remarkMermaid],
	rehypePlugins: [rehypeTaskListLabels],
});
