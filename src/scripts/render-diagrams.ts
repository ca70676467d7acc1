// `npm run diagrams`: renders every ```mermaid fence that has no cache entry, in one browser
// session, and deletes cache entries no page uses. The build itself never needs a browser.
// While any diagram is invalid it deletes nothing: the entry a broken diagram no longer matches may be the one
// every other checkout (and the fixed diagram) still needs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { type CachedDiagram, cacheDir, cachedKeys, cachePath, diagramKey } from '../features/diagrams/cache.ts';
import { collectFences } from '../features/diagrams/render/collect.ts';
import { renderAll } from '../features/diagrams/render/renderer.ts';
import { dropUnreferencedIds, roundCoordinates, scopeIds, svgLabels } from '../features/diagrams/render/svg-text.ts';
import { readDiagramSource } from '../features/diagrams/source.ts';
import { normaliseText } from '../lib/frontmatter.ts';

const started = performance.now();
const fences = collectFences();
const errors: string[] = [];
for (const fence of fences) {
	try {
		readDiagramSource(fence.code, fence.file, fence.line);
	} catch (error) {
		errors.push((error as Error).message);
	}
}

const used = new Set(fences.map((fence) => diagramKey(fence.code)));
const have = new Set(cachedKeys());
const missing = [
	...new Map(fences.filter((f) => !have.has(diagramKey(f.code))).map((f) => [diagramKey(f.code), f])).values(),
];

let rendered = 0;
if (missing.length > 0) {
	mkdirSync(cacheDir, { recursive: true });
	const results = await renderAll(missing.map((fence) => normaliseText(fence.code)));
	results.forEach((result, index) => {
		const fence = missing[index];
		if (!fence) return;
		if (!result.ok) {
			errors.push(`${fence.file}:${fence.line}: Mermaid cannot render this diagram: ${result.message}`);
			return;
		}
		const key = diagramKey(fence.code);
		const entry: CachedDiagram = {
			svg: roundCoordinates(scopeIds(dropUnreferencedIds(result.svg), `d${key}`)),
			width: result.width,
			height: result.height,
			labels: svgLabels(result.svg),
		};
		writeFileSync(cachePath(key), `${JSON.stringify(entry)}\n`);
		rendered += 1;
	});
}

const unused = errors.length === 0 ? [...have].filter((key) => !used.has(key)) : [];
for (const key of unused) rmSync(cachePath(key));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`diagrams: ${fences.length} in content, ${rendered} rendered, ${unused.length} unused removed (${seconds} s)`,
);
if (errors.length > 0) {
	console.error(`\n${errors.length} diagram error(s):\n${errors.join('\n\n')}`);
	console.error('\nNo cache entry was removed. Fix the diagram(s) above and run `npm run diagrams` again.');
	process.exit(1);
}
