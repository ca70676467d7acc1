// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { quietBuildLog } from './src/config/build-log.ts';
import { markdownProcessor } from './src/config/markdown/index.ts';
import { site } from './src/config/site.ts';
import { starlightConfig } from './src/config/starlight.ts';
import { addresses } from './src/features/deep-links/addresses.ts';
import { redirects } from './src/features/deep-links/redirects.ts';
import { requireUnifiedProcessor } from './src/features/diagrams/require-unified.ts';
import { offlineWorker } from './src/features/offline/integration.ts';
import { portableCopy } from './src/features/portable/integration.ts';
import { searchIndex } from './src/features/search/integration.ts';
import { csp } from './src/features/security/csp.ts';
import { pageCsp } from './src/features/security/integration.ts';

// Thin on purpose: each concern lives in src/config/ (see src/config/README.md).
export default defineConfig({
	site,
	trailingSlash: 'always',
	redirects,
	security: { csp },
	markdown: { processor: markdownProcessor },
	vite: quietBuildLog,
	// searchIndex() writes dist/pagefind/ (Starlight's own Pagefind step is off); portableCopy() embeds it and
	// writes the archive's size into the pages; offlineWorker() saves the finished pages and the index, so last.
	integrations: [
		requireUnifiedProcessor(),
		addresses(),
		pageCsp(),
		starlight(starlightConfig),
		searchIndex(),
		portableCopy(),
		offlineWorker(),
	],
});
