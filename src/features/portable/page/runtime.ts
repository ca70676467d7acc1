/**
 * The portable copy's loader, a classic script every page of the copy runs first (build/page.ts adds it). Pages
 * opened from disk (file://) may not load module scripts or fetch() files: Chromium refuses both for an opaque
 * origin, and Pagefind loads as a module and fetches its WebAssembly and index. Pagefind issue #202 ("Run without a
 * webserver", closed) names the module loading and WebAssembly as the blockers, with "serve the folder" as the only
 * answer; #241 ("Allow pagefind to run locally", open) adds that result addresses start with `/`. So the copy's scripts are classic
 * (build/scripts.ts turns each dynamic import() that names a URL into a call to `portableImport`), and this file
 * answers those imports with classic scripts of the folder and Pagefind's fetches with the files embedded in
 * `_portable/search-data.js`. Pagefind's own code and Component UI run unchanged on top.
 */
import { localizedPagefind, type PagefindModule } from './localize.ts';

interface Portable {
	portableImport(specifier: string): Promise<unknown>;
	PortablePagefind?: PagefindModule;
	PortablePagefindHighlight?: unknown;
	portableFiles?: Record<string, string>;
}
const global = window as unknown as Window & Portable;

const script = document.currentScript;
if (!(script instanceof HTMLScriptElement)) throw new Error('the portable runtime must load as a classic script');
/** The copy's folder (this file is `_portable/runtime.js`). */
const root = new URL('../', script.src).href;
const dataScript = '_portable/search-data.js';

const loaded = new Map<string, Promise<void>>();
function loadScript(path: string): Promise<void> {
	let promise = loaded.get(path);
	if (!promise) {
		promise = new Promise((resolve, reject) => {
			const element = Object.assign(document.createElement('script'), { src: root + path });
			element.onload = () => resolve();
			element.onerror = () => reject(new Error(`the portable copy has no ${path}`));
			document.head.append(element);
		});
		loaded.set(path, promise);
	}
	return promise;
}

/** The path of `url` inside the copy, without query or fragment, or undefined when it lies outside. */
function inside(url: string): string | undefined {
	const absolute = new URL(url, document.baseURI);
	absolute.search = '';
	absolute.hash = '';
	return absolute.href.startsWith(root) ? decodeURIComponent(absolute.href.slice(root.length)) : undefined;
}

global.portableImport = async (specifier) => {
	const path = inside(specifier);
	if (path === 'pagefind/pagefind-component-ui.js') return loadScript(path).then(() => ({}));
	if (path === 'pagefind/pagefind-highlight.js') return loadScript(path).then(() => global.PortablePagefindHighlight);
	if (path === 'pagefind/pagefind.js') {
		await Promise.all([loadScript(dataScript), loadScript(path)]);
		if (!global.PortablePagefind) throw new Error('pagefind.js did not load');
		// Pagefind's result template keeps only addresses starting ./ ../ / or http(s): (its safeUrl), so relative.
		const depth = (inside(location.href) ?? '').split('/').length - 1;
		return localizedPagefind(global.PortablePagefind, depth > 0 ? '../'.repeat(depth) : './');
	}
	throw new Error(`the portable copy cannot import ${specifier}`);
};

function bytes(base64: string): Uint8Array<ArrayBuffer> {
	const text = atob(base64);
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
	return out;
}

/** Pagefind's own fetches (index, fragments, filters, WebAssembly) and the search vocabulary, from the embedded files. */
const nativeFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
	const url = input instanceof Request ? input.url : String(input);
	const path = inside(url);
	if (path === undefined) return nativeFetch(input, init);
	await loadScript(dataScript);
	const body = global.portableFiles?.[path];
	if (body === undefined) return new Response(null, { status: 404, statusText: `not in the portable copy: ${path}` });
	const type = path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
	return new Response(bytes(body), { headers: { 'content-type': type } });
};
