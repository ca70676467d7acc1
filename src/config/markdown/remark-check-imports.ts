import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { AuthorError, projectPath } from '../../lib/author-error.ts';

type Statement = { type: string; source?: { value?: unknown } };

/** `@scope/name` or `name`: the package a bare import specifier names. */
const packageName = (specifier: string) => specifier.match(/^(@[^/]+\/[^/]+|[^/]+)/)?.[1] ?? specifier;

/** Whether a package is installed where Node would look for it from `dir`. */
function packageInstalled(name: string, dir: string): boolean {
	for (let at = dir; ; at = dirname(at)) {
		if (existsSync(join(at, 'node_modules', name, 'package.json'))) return true;
		if (dirname(at) === at) return false;
	}
}

/**
 * A page's `import` of a file that does not exist (or of a package that is not installed). Vite would report it
 * against the compiled page, at a line the author cannot find; this names the page's own line and the import.
 */
export function remarkCheckImports() {
	return (tree: Root, file: VFile) => {
		if (!file.path) return;
		const dir = dirname(file.path);
		visit(tree, 'mdxjsEsm', (node) => {
			const estree = (node.data as { estree?: { body?: Statement[] } } | undefined)?.estree;
			const body = estree?.body ?? [];
			for (const statement of body) {
				const specifier = statement.type === 'ImportDeclaration' ? statement.source?.value : undefined;
				if (typeof specifier !== 'string') continue;
				const local = specifier.startsWith('.') || specifier.startsWith('/');
				if (local ? existsSync(resolve(dir, specifier)) : packageInstalled(packageName(specifier), dir)) continue;
				throw new AuthorError(
					projectPath(file.path),
					node.position?.start.line,
					`this page imports "${specifier}", which ${local ? 'is not a file' : 'is not an installed package'}`,
					local
						? 'correct the path (relative to this page, with the extension, e.g. `../../../src/components/Example.astro`) or remove the import.'
						: "correct the package name (Starlight's components come from `@astrojs/starlight/components`) or remove the import.",
				);
			}
		});
	};
}
