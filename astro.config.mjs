// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { pageCsp } from './src/config/integrations/page-csp.ts';
import { requireUnifiedProcessor } from './src/config/integrations/require-unified.ts';
import { markdownProcessor } from './src/config/markdown/index.ts';
import { csp } from './src/config/security/csp.ts';
import { site } from './src/config/site.ts';
import { starlightConfig } from './src/config/starlight.ts';

// Thin on purpose: each concern lives in src/config/ (see src/config/README.md).
export default defineConfig({
	site,
	trailingSlash: 'always',
	security: { csp },
	markdown: { processor: markdownProcessor },
	integrations: [requireUnifiedProcessor(), pageCsp(), starlight(starlightConfig)],
});
