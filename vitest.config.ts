import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on source (no build needed), `e2e` drives Chromium against dist/.
export default defineConfig({
	test: {
		projects: [
			{
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					// Files run one after another in one worker that keeps its imports (Playwright, axe, the helpers, which
					// hold no state): about 1 s a file less than importing everything again for each file.
					isolate: false,
					// Concurrent tests (the per-page accessibility checks) run two at a time: two cores.
					maxConcurrency: 2,
				},
			},
		],
	},
});
