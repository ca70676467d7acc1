// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { addresses } from './src/config/integrations/addresses.ts';
import { offlineWorker } from './src/config/integrations/offline/index.ts';
import { pageCsp } from './src/config/integrations/page-csp.ts';
import { requireUnifiedProcessor } from './src/config/integrations/require-unified.ts';
import { markdownProcessor } from './src/config/markdown/index.ts';
import { redirects } from './src/config/redirects.ts';
import { csp } from './src/config/security/csp.ts';
import { site } from './src/config/site.ts';
import { starlightConfig } from './src/config/starlight.ts';
import { searchIndex } from './src/features/search/integration.ts';

// Thin on purpose: each concern lives in src/config/ (see src/config/README.md).
export default defineConfig({
	site,
	trailingSlash: 'always',
	redirects,
	security: { csp },
	markdown: { processor: markdownProcessor },
	// searchIndex() writes dist/pagefind/ (Starlight's own Pagefind step is off); offlineWorker() saves it,
	// so it must come after searchIndex().
	integrations: [
		requireUnifiedProcessor(),
		addresses(),
		pageCsp(),
		starlight(starlightConfig),
		searchIndex(),
		offlineWorker(),
	],
});
