import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { type Resolution, resolveAddress, rootFrom, type SiteFiles } from './links.ts';
import { bundleName } from './scripts.ts';

/** Attributes that hold an address, per element (hast property names); `srcSet` holds several. */
const addressAttributes: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcSet'],
	source: ['src', 'srcSet'],
	video: ['src', 'poster'],
	audio: ['src'],
	iframe: ['src'],
	form: ['action'],
	object: ['data'],
	use: ['href', 'xLinkHref'],
	image: ['href', 'xLinkHref'],
};
/** Elements whose address is a link the reader follows; the rest are loads, and a load must stay in the folder. */
const followed = new Set(['a', 'area', 'form']);

/**
 * Parts of the online site that cannot work from disk, left out of the copy rather than shown broken: the offline
 * worker's registration and its notices (a worker needs http(s)), the copy-link buttons (a file:// address is
 * useless to anyone else), and the download link (the copy is the download).
 */
const onlineOnly = (node: Element): boolean => {
	const classes = node.properties.className;
	const has = (name: string) => Array.isArray(classes) && classes.includes(name);
	return (
		node.properties.dataOffline !== undefined ||
		node.properties.dataCopyLinkStatus !== undefined ||
		has('offline-notices') ||
		(node.tagName === 'button' && has('copy-link'))
	);
};
/** Astro's bundle of OfflineHead.astro's script: it registers the worker. Matched by Vite's chunk name. */
export const workerRegistration = /\/OfflineHead\.astro_astro_type_script_[^/]*\.js$/;

export interface PageInput {
	/** The page's path inside dist/ (`stack/queues/index.html`). */
	path: string;
	html: string;
	files: SiteFiles;
	site: string;
	/** The edition line shown where the online site has its download link. */
	edition: string;
}

export interface PageOutput {
	html: string;
	/** Files of the copy this page loads or links to (paths inside dist/). */
	uses: string[];
	/** Module scripts the page loads (paths inside dist/, in order): the copy bundles them into one classic script. */
	moduleScripts: string[];
	/** Links and loads the copy cannot resolve, as written. */
	missing: string[];
	/** Whether the worker's registration script was found and left out. */
	droppedWorker: boolean;
}

/**
 * One page of the copy: every address relative to the page, folders as their index.html, online-only parts
 * removed, module scripts loaded as deferred classic scripts (which run in the same order, after parsing) and
 * the copy's loader (runtime.js) first in <head>. Parsed with hast, never edited as text.
 */
export function rewritePage(input: PageInput): PageOutput {
	const tree: Root = fromHtml(input.html);
	const root = rootFrom(input.path);
	const out: PageOutput = { html: '', uses: [], moduleScripts: [], missing: [], droppedWorker: false };
	/** The page's one classic bundle of its module scripts, where the first of them was (scripts.ts). */
	let bundle: Element | undefined;
	const resolve = (value: string): Resolution => resolveAddress(value, input.path, input.files, input.site);

	visit(tree, 'element', (node, index, parent) => {
		if (!parent || index === undefined) return;
		const remove = (): [typeof SKIP, number] => {
			parent.children.splice(index, 1);
			return [SKIP, index];
		};
		if (node.properties.dataPortableDownload !== undefined) {
			parent.children[index] = editionNote(input.edition, node.tagName === 'p' ? 'p' : 'div');
			return SKIP;
		}
		if (onlineOnly(node)) return remove();
		if (node.tagName === 'site-search') node.properties.dataBase = root;

		for (const attribute of addressAttributes[node.tagName] ?? []) {
			const value = node.properties[attribute];
			if (value === undefined || value === null) continue;
			const list = Array.isArray(value) || attribute === 'srcSet';
			const written = Array.isArray(value)
				? value.map(String)
				: attribute === 'srcSet'
					? String(value).split(',')
					: [String(value)];
			const rewritten: string[] = [];
			for (const entry of written) {
				const [address = '', ...descriptor] = attribute === 'srcSet' ? entry.trim().split(/\s+/) : [entry];
				const resolution = resolve(address);
				if (resolution.kind === 'missing') {
					out.missing.push(address);
					rewritten.push(entry);
				} else if (resolution.kind === 'online') {
					// A link to a machine file (Markdown copy, llms.txt) goes to the online site; a load of one is dropped.
					if (!followed.has(node.tagName)) return remove();
					rewritten.push(resolution.href);
				} else if (resolution.kind === 'local') {
					if (node.tagName === 'script' && workerRegistration.test(`/${resolution.file}`)) {
						out.droppedWorker = true;
						return remove();
					}
					out.uses.push(resolution.file);
					rewritten.push([resolution.href, ...descriptor].join(' '));
				} else rewritten.push(entry);
			}
			node.properties[attribute] = list ? rewritten.join(', ') : rewritten[0];
		}
		if (node.tagName === 'script' && node.properties.type === 'module' && typeof node.properties.src === 'string') {
			const used = out.uses.pop();
			if (used) out.moduleScripts.push(used);
			if (bundle) return remove();
			bundle = h('script', { defer: true });
			parent.children[index] = bundle;
		}
		return undefined;
	});
	if (bundle) bundle.properties.src = `${root}${bundleName(out.moduleScripts)}`;

	const head = findHead(tree);
	head?.children.unshift(h('script', { src: `${root}_portable/runtime.js` }));
	out.html = toHtml(tree, { allowDangerousHtml: true });
	return out;
}

function findHead(tree: Root): Element | undefined {
	let head: Element | undefined;
	visit(tree, 'element', (node) => {
		if (node.tagName === 'head') {
			head = node;
			return false;
		}
		return undefined;
	});
	return head;
}

function editionNote(edition: string, tag: 'p' | 'div'): ElementContent {
	return h(tag, { className: ['portable-edition'], dataPagefindIgnore: '' }, edition);
}
