import { posix } from 'node:path';

/** What the copy does with one address written in a page or a stylesheet. */
export type Resolution =
	/** A fragment, an outside link (https:, mailto:, data:…): left as written. */
	| { kind: 'keep' }
	/** A file of the copy: the relative address from the file that names it, `index.html` spelt out. */
	| { kind: 'local'; href: string; file: string }
	/** A file the online site has and the copy leaves out (Markdown copies, llms.txt, sitemaps, cards). */
	| { kind: 'online'; href: string }
	/** Nothing by that address: the build stops and names the page and the link. */
	| { kind: 'missing' };

export interface SiteFiles {
	/** Paths inside dist/ that the copy carries (`stack/queues/index.html`, `_astro/ec.css`). */
	copied(path: string): boolean;
	/** Paths inside dist/ that exist online only. */
	online(path: string): boolean;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;
const origin = 'https://site.invalid/';

/**
 * Where `value`, written in the file `from` (a path inside dist/, e.g. `stack/queues/index.html`), leads in
 * the copy. Folder addresses become their `index.html`: a browser shows a folder listing for `file:///…/stack/`.
 */
export function resolveAddress(value: string, from: string, files: SiteFiles, site: string): Resolution {
	const written = value.trim();
	if (written === '' || written.startsWith('#') || scheme.test(written) || written.startsWith('//'))
		return { kind: 'keep' };
	const url = new URL(written, origin + from);
	let path: string;
	try {
		path = decodeURIComponent(url.pathname).slice(1);
	} catch {
		return { kind: 'missing' };
	}
	const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
	const file = candidates.find((candidate) => files.copied(candidate));
	if (file) {
		const relative = posix.relative(posix.dirname(from), file) || posix.basename(file);
		return { kind: 'local', href: encodeURI(relative) + url.search + url.hash, file };
	}
	if (candidates.some((candidate) => files.online(candidate)))
		return { kind: 'online', href: new URL(url.pathname + url.search + url.hash, `${site}/`).href };
	return { kind: 'missing' };
}

/** The relative address of the copy's folder from the file `from` (`../../` from `stack/queues/index.html`). */
export function rootFrom(from: string): string {
	const depth = from.split('/').length - 1;
	return '../'.repeat(depth) || './';
}
