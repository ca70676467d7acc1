import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { filesUnder } from '../../lib/files.ts';

/** One HTML page of the build, reduced to what the link checks need. */
export interface BuiltPage {
	/** Its address: `/stack/queues/`, `/` for the home page, `/404.html` for the not-found page. */
	address: string;
	/** Where a redirect page forwards to (its meta refresh), else undefined. */
	redirectTo: string | undefined;
	/** Every element id on the page. */
	ids: Set<string>;
	/** Ids used by more than one element (a link to them is ambiguous). */
	duplicateIds: string[];
	/** Ids a link may land on: headings and anchor aliases. */
	anchors: Set<string>;
	/** The page's own H2/H3 anchors and alias anchors in its content: what the permalink lock records. */
	lockable: string[];
	/** Every URL the page refers to, with the attribute it came from. */
	references: { attribute: string; url: string }[];
}

const urlAttributes: Record<string, string[]> = {
	a: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcSet'],
	source: ['src', 'srcSet'],
	image: ['href'],
	use: ['href'],
};

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);

function readPage(address: string, html: string): BuiltPage {
	const page: BuiltPage = {
		address,
		redirectTo: undefined,
		ids: new Set(),
		duplicateIds: [],
		anchors: new Set(),
		lockable: [],
		references: [],
	};
	const walk = (node: Nodes, inContent: boolean) => {
		if (node.type === 'element') {
			const { tagName, properties } = node;
			const id = typeof properties.id === 'string' ? properties.id : undefined;
			const alias = properties.dataAnchorAlias !== undefined;
			const content = inContent || classes(node).includes('sl-markdown-content');
			if (id !== undefined) {
				if (page.ids.has(id)) page.duplicateIds.push(id);
				page.ids.add(id);
				if (/^h[1-6]$/.test(tagName) || alias) page.anchors.add(id);
				if (content && (tagName === 'h2' || tagName === 'h3' || alias)) page.lockable.push(id);
			}
			if (tagName === 'meta' && String(properties.httpEquiv).toLowerCase() === 'refresh') {
				page.redirectTo = String(properties.content).replace(/^\d+;\s*url=/i, '');
			}
			for (const attribute of urlAttributes[tagName] ?? []) {
				const value = properties[attribute];
				if (value === undefined || value === null) continue;
				const urls =
					attribute === 'srcSet'
						? String(value)
								.split(',')
								.map((part) => part.trim().split(/\s+/)[0] ?? '')
						: [String(value)];
				for (const url of urls) if (url) page.references.push({ attribute: `${tagName}[${attribute}]`, url });
			}
			const svgHref = properties.xLinkHref;
			if (typeof svgHref === 'string') page.references.push({ attribute: `${tagName}[xlink:href]`, url: svgHref });
		}
		if ('children' in node)
			for (const child of node.children)
				walk(child, node.type === 'element' ? inContent || classes(node).includes('sl-markdown-content') : inContent);
	};
	walk(fromHtml(html), false);
	return page;
}

/** Every HTML page in `dist`, keyed by address. */
export function readBuiltSite(dist: string): Map<string, BuiltPage> {
	const site = new Map<string, BuiltPage>();
	for (const file of filesUnder(dist, '**/*.html')) {
		const path = `/${relative(dist, file).split(sep).join('/')}`;
		const address = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
		site.set(address, readPage(address, readFileSync(file, 'utf8')));
	}
	return site;
}

/** What the build checks itself after writing dist/ (permalinks.ts): where links land, and ids used twice. */
export type PageAnchors = Pick<BuiltPage, 'address' | 'redirectTo' | 'anchors' | 'duplicateIds'>;

const idAttribute = /<([a-z][a-z0-9]*)\b[^>]*?\sid="([^"]*)"[^>]*>/g;
const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]*)"/i;

/**
 * `readBuiltSite`'s anchors and duplicate ids, read with regular expressions instead of a full HTML parse: a
 * hundred times faster, which matters inside every `npm run build`. Sound for this input only: Astro writes every
 * attribute double-quoted and escapes `<` in text, and the browser tests check the same with the full parse.
 */
export function readAnchors(dist: string): Map<string, PageAnchors> {
	const site = new Map<string, PageAnchors>();
	for (const file of filesUnder(dist, '**/*.html')) {
		const path = `/${relative(dist, file).split(sep).join('/')}`;
		const address = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
		const html = readFileSync(file, 'utf8');
		const page: PageAnchors = { address, redirectTo: refresh.exec(html)?.[1], anchors: new Set(), duplicateIds: [] };
		const ids = new Set<string>();
		for (const [tag, tagName, id = ''] of html.matchAll(idAttribute)) {
			if (ids.has(id)) page.duplicateIds.push(id);
			ids.add(id);
			if (/^h[1-6]$/.test(tagName as string) || tag.includes(' data-anchor-alias=')) page.anchors.add(id);
		}
		site.set(address, page);
	}
	return site;
}
