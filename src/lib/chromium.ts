import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Flags that keep Chromium from calling Google's services on this closed network. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const usualPlaces = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/snap/bin/chromium',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium or Chrome binary.`);
		return fromEnv;
	}
	return usualPlaces.find((path) => existsSync(path));
}

const isDebianLike = () =>
	existsSync('/etc/os-release') && /ID(_LIKE)?=.*(debian|ubuntu)/.test(readFileSync('/etc/os-release', 'utf8'));

/**
 * Finds a browser, installing Debian's chromium where we can (root on Debian/Ubuntu).
 * Playwright's own browser download cannot work on machines without internet, so it is never tried.
 */
export function ensureChromium(): string {
	const found = findChromium();
	if (found) return found;
	if (process.getuid?.() === 0 && isDebianLike()) {
		console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		const installed = findChromium();
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Chromium or Chrome) ' +
			"or set CHROMIUM_PATH to its binary. Playwright's browser download is not used.",
	);
}
