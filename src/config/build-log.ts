import type { ViteUserConfig } from 'astro';

type Log = { code?: string; message: string };

/**
 * Astro marks every MDX page's propagated-assets module with the directive "use astro:head-inject", and Rolldown
 * warns once per page that it may not keep it (withastro/astro#18087: harmless, open upstream). About ninety such
 * warnings buried the build's useful lines, so only that one is dropped; every other warning still prints.
 */
export const isHeadInjectDirectiveWarning = ({ code, message }: Log) =>
	code === 'MODULE_LEVEL_DIRECTIVE' && message.includes('"use astro:head-inject"');

export const quietBuildLog: ViteUserConfig = {
	build: {
		rolldownOptions: {
			onLog(level, log, print) {
				if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
				print(level, log);
			},
		},
	},
};
