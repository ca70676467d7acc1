import type { AstroIntegration } from 'astro';

/**
 * Our diagram step is a remark plugin, and Astro 7's default processor (Sätteri) silently skips
 * remark plugins; a misconfigured processor would ship raw Mermaid source. Stop the build instead.
 */
export function requireUnifiedProcessor(): AstroIntegration {
	return {
		name: 'backend-2026:require-unified',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const name = (config.markdown as { processor?: { name?: string } }).processor?.name;
				if (name !== 'unified') {
					throw new Error(
						`astro.config.mjs: markdown.processor is "${name ?? 'default (Sätteri)'}", but the diagram step needs "unified". ` +
							'Set `markdown: { processor: markdownProcessor }` from src/config/markdown/index.ts.',
					);
				}
			},
		},
	};
}
