import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { normaliseText } from '../../lib/frontmatter.ts';
import { pipelineVersion, renderSettings } from './render-settings.ts';

export interface CachedDiagram {
	/** Finished SVG, ids already scoped to this diagram, colours as palette classes (see render-settings.ts). */
	svg: string;
	width: number;
	height: number;
	/** Node and edge labels, so search can index text drawn inside the SVG. */
	labels: string[];
}

export const cacheDir = fileURLToPath(new URL('./cache/', import.meta.url));

const mermaidVersion: string = createRequire(import.meta.url)('mermaid/package.json').version;

/** Same source (line endings aside), Mermaid version and settings → same key; any change re-renders. */
export function diagramKey(code: string): string {
	return createHash('sha256')
		.update(`${mermaidVersion}\n${pipelineVersion}\n${JSON.stringify(renderSettings)}\n${normaliseText(code)}`)
		.digest('hex')
		.slice(0, 16);
}

export const cachePath = (key: string) => `${cacheDir}${key}.json`;

export function readCached(key: string): CachedDiagram | undefined {
	const path = cachePath(key);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CachedDiagram) : undefined;
}

export function cachedKeys(): string[] {
	if (!existsSync(cacheDir)) return [];
	return readdirSync(cacheDir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => name.slice(0, -'.json'.length));
}
