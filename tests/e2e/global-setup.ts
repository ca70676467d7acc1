import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, ensureChromium } from '../../src/lib/chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The one Chromium every browser test connects to (useSite in test-utils.ts). */
		browserEndpoint: string;
	}
}

/**
 * Browser tests need a browser and a build; say how to get either instead of failing obscurely.
 * One Chromium serves every test file: each file connects to it and works in its own contexts, which share
 * nothing. Launching a browser per file cost about 1.5 s a file on this machine, connecting costs 0.5 s.
 */
export default async function setup(project: TestProject) {
	const executablePath = ensureChromium();
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ has no build. Run `npm run build` first (npm test does it for you).');
	}
	const browser = await chromium.launchServer({ executablePath, args: chromiumArgs });
	project.provide('browserEndpoint', browser.wsEndpoint());
	return () => browser.close();
}
