import { AuthorError } from '../../lib/author-error.ts';
import type { ContentPage } from '../../lib/content-pages.ts';
import { closest, editDistance } from '../../lib/edit-distance.ts';
import { frontmatterLine } from '../../lib/frontmatter.ts';
import { sectionIds } from '../../lib/sections.ts';

const segment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest segment we call "short"; the longest today is 24 characters. */
const maxSegment = 40;

/**
 * Every page gets a short, readable, lowercase address under its section (`/stack/queues/`), and no
 * two files claim the same address. Throws the first problem with the file and the fix.
 */
export function checkPageAddresses(pages: ContentPage[]): void {
	const owners = new Map<string, ContentPage>();
	for (const page of pages) {
		const where = page.slugged ? `its frontmatter slug "${page.id}"` : 'its file name';
		const parts = page.id === 'index' ? [] : page.id.split('/');
		const bad = parts.find((part) => !segment.test(part));
		if (bad !== undefined) {
			throw new AuthorError(
				page.file,
				undefined,
				`${where} gives the address ${page.address}, and "${bad}" is not lowercase words joined by hyphens`,
				'rename it with lowercase letters, digits and single hyphens (e.g. content/docs/stack/message-queues.mdx).',
			);
		}
		const long = parts.find((part) => part.length > maxSegment);
		if (long !== undefined) {
			throw new AuthorError(
				page.file,
				undefined,
				`"${long}" is longer than ${maxSegment} characters`,
				'pick a shorter name a reader could type.',
			);
		}
		if (parts.length > 2) {
			throw new AuthorError(
				page.file,
				undefined,
				`the address ${page.address} is nested ${parts.length} levels deep`,
				'keep pages at content/docs/<section>/<topic>.mdx.',
			);
		}
		if (page.section && page.section !== 'home' && !(sectionIds as readonly string[]).includes(page.section)) {
			const nearest = closest(page.section, sectionIds);
			const near = nearest && editDistance(page.section, nearest) <= 2 ? nearest : undefined;
			throw new AuthorError(
				page.file,
				page.sectionLine,
				`\`section: ${page.section}\` is not one of the site's sections`,
				`${near ? `did you mean \`section: ${near}\`? ` : ''}The sections (src/lib/sections.ts) are: ${sectionIds.join(', ')}; \`home\` is for content/docs/index.mdx only.`,
			);
		}
		if (page.section && page.section !== 'home' && parts[0] !== page.section) {
			throw new AuthorError(
				page.file,
				undefined,
				`the page is in section "${page.section}" but its address ${page.address} is not under /${page.section}/`,
				`move it to content/docs/${page.section}/, or change \`section\` in its frontmatter.`,
			);
		}
		const owner = owners.get(page.address);
		if (owner) {
			throw new AuthorError(
				page.file,
				undefined,
				`this page and ${owner.file} both publish ${page.address}`,
				'rename or delete one of them; if one replaced the other, delete the old file and add its address to src/features/deep-links/redirects.ts.',
			);
		}
		owners.set(page.address, page);
	}
}

/**
 * Each redirect starts at an address no page uses and ends at a published page (one hop, no chains).
 * `pageAddresses` are the site's pages; `where` names the redirects file for messages.
 */
export function checkRedirects(redirects: Record<string, string>, pageAddresses: string[], where: string): void {
	const pages = new Set(pageAddresses);
	for (const [from, to] of Object.entries(redirects)) {
		const entry = `"${from}" → "${to}"`;
		for (const address of [from, to]) {
			if (!address.startsWith('/') || !address.split('#')[0]?.endsWith('/')) {
				throw new AuthorError(
					where,
					undefined,
					`the redirect ${entry} uses "${address}"`,
					'write site addresses that start and end with "/", like "/stack/queues/".',
				);
			}
		}
		if (pages.has(from)) {
			throw new AuthorError(
				where,
				undefined,
				`the redirect ${entry} starts at a published page and would hide it`,
				`remove the redirect, or delete the page that publishes ${from}.`,
			);
		}
		const target = to.split('#')[0] as string;
		if (redirects[target] !== undefined) {
			throw new AuthorError(
				where,
				undefined,
				`the redirect ${entry} points at another redirect (${target} → ${redirects[target]})`,
				`point "${from}" straight at "${redirects[target]}".`,
			);
		}
		if (!pages.has(target)) {
			const guess = closest(target, pageAddresses);
			throw new AuthorError(
				where,
				undefined,
				`the redirect ${entry} points at ${target}, which is not a page on this site`,
				`point it at a published page${guess ? ` (did you mean ${guess}?)` : ''}.`,
			);
		}
	}
}

/**
 * Every `prerequisites` and `related` id names a page. Astro only logs a broken `reference()` (and `astro check`
 * exits 0), so this runs when the config loads, for `npm run check` and `npm run build` alike.
 */
export function checkReferences(pages: ContentPage[]): void {
	const ids = pages.map((page) => page.id);
	for (const page of pages) {
		for (const [field, value] of Object.entries(page.references ?? {})) {
			if (value === undefined || value === null) continue;
			const list = Array.isArray(value) ? value : [value];
			for (const id of list) {
				if (typeof id === 'string' && ids.includes(id)) continue;
				const nearest = typeof id === 'string' ? closest(id, ids) : undefined;
				const near = nearest && editDistance(String(id), nearest) <= 3 ? nearest : undefined;
				throw new AuthorError(
					page.file,
					page.path ? frontmatterLine(page.path, field, String(id)) : undefined,
					`\`${field}\` lists "${String(id)}", which is not a page`,
					`use a page id, its path under content/docs/ without .mdx${near ? ` (did you mean "${near}"?)` : ', e.g. "stack/queues"'}.`,
				);
			}
		}
	}
}
