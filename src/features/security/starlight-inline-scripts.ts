import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { filesUnder } from '../../lib/files.ts';

/**
 * Starlight writes a few `<script is:inline>` tags (theme before first paint, sidebar scroll
 * restore, the search shortcut label). Astro's CSP hashes only the scripts it bundles, so we
 * hash these from Starlight's own component sources: the exact bytes Astro copies into the page.
 * The page check in page-csp.ts fails the build if a page ever carries an inline script not
 * covered, so a Starlight upgrade that changes one cannot slip through.
 */
// Starlight's exports map hides package.json; its components folder is exported, so start from there.
const starlightRoot = dirname(
	dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components/ThemeProvider.astro')),
);

export const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

export function starlightInlineScriptHashes(root = starlightRoot): `sha256-${string}`[] {
	const hashes = new Set<`sha256-${string}`>();
	for (const file of filesUnder(root, '**/*.astro', ['**/node_modules/**'])) {
		const source = readFileSync(file, 'utf8');
		for (const match of source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
			hashes.add(sha256(match[1] as string));
		}
	}
	if (hashes.size === 0) throw new Error(`Found no inline scripts in ${root}: has Starlight moved its components?`);
	return [...hashes].sort();
}
