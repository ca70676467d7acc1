import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';

/**
 * starlight-links-validator keys each page by its path under `<srcDir>/content/docs`; ours live in
 * `<root>/content/docs`, so every link looked broken (HiDeoo/starlight-links-validator#160, closed as
 * unsupported). Once all config hooks have run, point the validator's `srcDir` at the project root so
 * `<srcDir>/content/docs` is our folder. If a validator update renames this setting, the build fails
 * loudly on every link rather than passing silently, and the crawl test still checks the output.
 */
const contentAtRoot: StarlightPlugin = {
	name: 'backend-2026:links-validator-content-root',
	hooks: {
		'config:setup'({ addIntegration }) {
			addIntegration({
				name: 'backend-2026:links-validator-content-root',
				hooks: {
					'astro:config:done'({ config }) {
						const settings = globalThis._starlightLinksValidatorValidationConfig;
						if (settings) settings.srcDir = config.root;
					},
				},
			});
		},
	},
};

/**
 * Fails the build on a link to a missing page or heading in any Markdown/MDX page, naming the file,
 * line and link. Same-site absolute links (https://backend2026.dev/…) are checked as internal ones.
 */
export const linkValidation: StarlightPlugin[] = [
	starlightLinksValidator({ sameSitePolicy: 'validate', errorOnFallbackPages: false }),
	contentAtRoot,
];
