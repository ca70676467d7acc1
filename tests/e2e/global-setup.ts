import { existsSync } from 'node:fs';
import { ensureChromium } from '../../src/lib/chromium.ts';

/** Browser tests need a browser and a build; say how to get either instead of failing obscurely. */
export default function setup() {
	ensureChromium();
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ has no build. Run `npm run build` first (npm test does it for you).');
	}
}
