import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage, PageAnchors } from './built-site.ts';
import { headingLines } from './heading-lines.ts';

/** permalinks.lock.json: every address the site has published, with its H2/H3 (and alias) anchors. */
export interface PermalinkLock {
	about: string;
	pages: Record<string, string[]>;
}

export const lockAbout =
	'Every address and heading anchor this site has published. `npm run permalinks` adds new ones. ' +
	'Never delete an entry: when a page moves, add a redirect (src/features/deep-links/redirects.ts); when a heading ' +
	'is reworded, pin its old id or add `anchorAliases` to the page. tests/e2e/permalinks.test.ts checks every entry still lands.';

/** Pages the lock records: real pages and redirect pages (their addresses were published too), not the 404 page. */
export const lockablePages = (site: Map<string, BuiltPage>) =>
	[...site.values()].filter((page) => page.address.endsWith('/'));

/** The lock with everything the build publishes added; nothing is ever removed. */
export function mergeLock(lock: PermalinkLock | undefined, site: Map<string, BuiltPage>): PermalinkLock {
	const pages: Record<string, Set<string>> = {};
	for (const [address, anchors] of Object.entries(lock?.pages ?? {})) pages[address] = new Set(anchors);
	for (const page of lockablePages(site)) {
		const anchors = pages[page.address] ?? new Set();
		for (const anchor of page.lockable) anchors.add(anchor);
		pages[page.address] = anchors;
	}
	const sorted = Object.keys(pages).sort((a, b) => a.localeCompare(b));
	return {
		about: lockAbout,
		pages: Object.fromEntries(sorted.map((address) => [address, [...(pages[address] ?? [])].sort()])),
	};
}

/** Where the page at `address` ends up after at most one redirect, or undefined if nowhere. */
function landing<Page extends PageAnchors>(address: string, site: Map<string, Page>): Page | undefined {
	const page = site.get(address);
	if (!page?.redirectTo) return page;
	const target = site.get(page.redirectTo.split('#')[0] ?? '');
	return target && !target.redirectTo ? target : undefined;
}

export const sourceOf = (address: string) =>
	address === '/' ? 'content/docs/index.mdx' : `content/docs${address.slice(0, -1)}.mdx`;

/** Every lock entry that no longer lands, with what to do about it. */
export function brokenPermalinks(lock: PermalinkLock, site: Map<string, PageAnchors>): string[] {
	const problems: string[] = [];
	for (const [address, anchors] of Object.entries(lock.pages)) {
		const page = landing(address, site);
		if (!page) {
			problems.push(
				`${address} no longer resolves. Add a redirect from "${address}" to the page that replaced it in src/features/deep-links/redirects.ts.`,
			);
			continue;
		}
		for (const anchor of anchors) {
			if (page.anchors.has(anchor)) continue;
			problems.push(
				`${sourceOf(page.address)}: ${address}#${anchor} no longer lands on a heading of ${page.address}. If the heading ` +
					`was reworded or removed, add \`anchorAliases: { ${anchor}: <id of the heading that now covers it> }\` to its ` +
					`frontmatter, or pin the old id on the reworded heading (\`## New words {/* #${anchor} */}\`).`,
			);
		}
	}
	return problems;
}

/** Addresses and anchors the build publishes that the lock does not list yet (allowed; `npm run permalinks` adds them). */
export function unlisted(lock: PermalinkLock, site: Map<string, BuiltPage>): string[] {
	return lockablePages(site).flatMap((page) => {
		const listed = lock.pages[page.address];
		if (!listed) return [page.address];
		return page.lockable.filter((anchor) => !listed.includes(anchor)).map((anchor) => `${page.address}#${anchor}`);
	});
}

/**
 * Stops the build when a link would not land: a locked address or anchor that no longer does (a deploy often runs
 * only `npm run build`, so the browser tests are too late), or a heading whose id another element of its page also
 * has. `root` holds permalinks.lock.json.
 */
export function checkBuiltAnchors(root: string, site: Map<string, PageAnchors>): void {
	const problems: string[] = [];
	for (const page of site.values()) {
		const clashing = [...new Set(page.duplicateIds)].filter((id) => page.anchors.has(id));
		const lines = clashing.length > 0 ? headingLines(join(root, sourceOf(page.address))) : new Map<string, number>();
		for (const id of clashing) {
			const line = lines.get(id);
			problems.push(
				`${sourceOf(page.address)}${line === undefined ? '' : `:${line}`}: the heading id "#${id}" is also the id of another element of ${page.address}, ` +
					`so links to #${id} may land on that element. Reword the heading or pin another id: \`## Heading text {/* #another-id */}\`.`,
			);
		}
	}
	const lockFile = join(root, 'permalinks.lock.json');
	if (existsSync(lockFile)) {
		problems.push(...brokenPermalinks(JSON.parse(readFileSync(lockFile, 'utf8')) as PermalinkLock, site));
	}
	if (problems.length === 0) return;
	throw new Error(
		`${problems.length} link(s) would not land where readers expect (permalinks.lock.json lists every published ` +
			`address and heading anchor):\n- ${problems.join('\n- ')}`,
	);
}
