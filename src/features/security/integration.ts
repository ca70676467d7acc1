import type { AstroIntegration } from 'astro';

/**
 * Adds the page-CSP middleware after Starlight's own, so it sees the finished HTML of every page.
 * Astro's `security.csp` hashes the scripts and styles Astro emits; this covers what Astro cannot see.
 */
export function pageCsp(): AstroIntegration {
	return {
		name: 'backend-2026:page-csp',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'post' });
			},
		},
	};
}
