import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { build, type Plugin, transform } from 'esbuild';

/**
 * Classic versions of the site's module scripts for the copy. From file:// Chromium refuses module scripts and
 * dynamic import() of files (an opaque origin fails the module CORS check), while classic <script src> works.
 * esbuild bundles each page entry to one IIFE with its chunks and the dynamic imports of chunks inlined; an
 * import() whose address is computed at run time (Pagefind's bundle) becomes a call to `portableImport`, the
 * copy's loader in page/runtime.ts.
 */

/**
 * Vite's `__vitePreload` adds <link rel="modulepreload"> for a dynamic import's chunks by their root-absolute
 * path, which from disk points outside the folder. In a bundle every chunk is already inside, so the copy
 * replaces the helper with one that only runs the import.
 */
function withoutPreload(): Plugin {
	return {
		name: 'portable-no-preload',
		setup(context) {
			context.onLoad({ filter: /[\\/]preload-helper\.[^\\/]*\.js$/ }, (args) => {
				const [, exports] = parse(readFileSync(args.path, 'utf8'));
				const [only, ...more] = exports;
				if (!only || more.length > 0)
					throw new Error(
						`${args.path}: Vite's preload helper now exports ${exports.length} names; ` +
							'update withoutPreload() in src/features/portable/build/scripts.ts to stub each one.',
					);
				return { contents: `const preload = (load) => load();\nexport { preload as ${only.n} };\n`, loader: 'js' };
			});
		},
	};
}

/** Replaces every dynamic import() left in a classic script with `portableImport(`; static ones must be gone. */
export async function routeDynamicImports(code: string, file: string): Promise<string> {
	await init;
	const [imports] = parse(code);
	let out = '';
	let last = 0;
	for (const entry of imports) {
		if (entry.d === -2) continue; // import.meta
		if (entry.d === -1) throw new Error(`${file}: a static import is left in the classic copy of a script`);
		// entry.ss is where `import` starts; `import` is six characters long.
		out += `${code.slice(last, entry.ss)}portableImport`;
		last = entry.ss + 'import'.length;
	}
	return out + code.slice(last);
}

/** The copy's bundle for a page's module scripts (paths inside dist/, in page order). */
export const bundleName = (set: string[]) =>
	`_portable/scripts-${createHash('sha256').update(set.join('\n')).digest('hex').slice(0, 12)}.js`;

/**
 * One classic script per set of module scripts a page loads (paths inside dist/, in page order), named by a hash
 * of the set: `_portable/scripts-<hash>.js`. One bundle per page rather than one per script, because module
 * scripts share chunks that must run once (a custom element defined twice throws), as modules would.
 */
export async function classicPageScripts(dist: string, sets: string[][]): Promise<Map<string, Uint8Array>> {
	const unique = new Map(sets.map((set) => [bundleName(set), set]));
	const files = new Map<string, Uint8Array>();
	await Promise.all(
		[...unique].map(async ([name, set]) => {
			const result = await build({
				stdin: {
					contents: set.map((file) => `import ${JSON.stringify(`./${file}`)};`).join('\n'),
					resolveDir: dist,
					loader: 'js',
				},
				bundle: true,
				format: 'iife',
				target: 'es2022',
				minify: true,
				legalComments: 'none',
				write: false,
				logLevel: 'silent',
				plugins: [withoutPreload()],
			});
			const [output] = result.outputFiles;
			if (!output) throw new Error(`esbuild wrote nothing for ${set.join(', ')}`);
			files.set(name, Buffer.from(await routeDynamicImports(output.text, name)));
		}),
	);
	return files;
}

/**
 * Pagefind's scripts as classic scripts: pagefind.js and pagefind-highlight.js are ES modules (exported to the
 * globals the runtime reads), the Component UI is already an IIFE whose one import() loads pagefind.js.
 */
export async function classicPagefind(dist: string, runtime: string): Promise<Map<string, Uint8Array>> {
	const out = new Map<string, Uint8Array>();
	const read = (name: string) => readFileSync(join(dist, 'pagefind', name), 'utf8');
	const modules = { 'pagefind.js': 'PortablePagefind', 'pagefind-highlight.js': 'PortablePagefindHighlight' };
	for (const [name, globalName] of Object.entries(modules)) {
		const { code } = await transform(read(name), {
			format: 'iife',
			globalName,
			target: 'es2022',
			// pagefind.js finds its folder (and so its index) from import.meta.url: the classic script's own address.
			banner: `var ${globalName}Url = document.currentScript.src;`,
			define: { 'import.meta.url': `${globalName}Url` },
			logLevel: 'silent',
		});
		out.set(`pagefind/${name}`, Buffer.from(code));
	}
	const ui = 'pagefind-component-ui.js';
	out.set(`pagefind/${ui}`, Buffer.from(await routeDynamicImports(read(ui), ui)));
	out.set('pagefind/pagefind-component-ui.css', readFileSync(join(dist, 'pagefind', 'pagefind-component-ui.css')));

	const loader = await build({
		entryPoints: [runtime],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		logLevel: 'silent',
	});
	const [file] = loader.outputFiles;
	if (!file) throw new Error(`esbuild wrote nothing for ${basename(runtime)}`);
	out.set('_portable/runtime.js', file.contents);
	return out;
}
