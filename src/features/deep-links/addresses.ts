import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AuthorError } from '../../lib/author-error.ts';
import { contentPages } from '../../lib/content-pages.ts';
import { checkReviewedDates } from '../../schemas/reviewed-date.ts';
import { checkPageAddresses, checkRedirects, checkReferences } from './address-checks.ts';
import { readAnchors } from './built-site.ts';
import { checkBuiltAnchors } from './permalinks.ts';

interface Options {
	/** The pages' folder, from the project root. Default: content/docs. */
	contentDir?: string;
	/** Where the redirects are written, for messages. Default: src/features/deep-links/redirects.ts. */
	redirectsFile?: string;
}

const destination = (value: string | { destination: string }) =>
	typeof value === 'string' ? value : value.destination;
const pageFile = (dir: string, address: string) => join(dir, address, 'index.html');

/**
 * Guards the site's addresses: before anything renders, every page must have a short lowercase
 * address under its section with no duplicates, and every redirect must end at a published page.
 * After the build it checks the redirect targets exist in the output, lets the redirect pages carry
 * a #fragment, and writes `_redirects` so hosts that read it (Netlify, Cloudflare Pages) answer 301.
 */
export function addresses({
	contentDir = 'content/docs',
	redirectsFile = 'src/features/deep-links/redirects.ts',
}: Options = {}): AstroIntegration {
	let redirects: Record<string, string> = {};
	let root = '';
	return {
		name: 'backend-2026:addresses',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
				const pages = contentPages(root, join(root, contentDir));
				checkPageAddresses(pages);
				// Read here because this is where every page's frontmatter is read as written, before Astro's own
				// reader turns an impossible date into another day.
				checkReviewedDates(pages);
				checkReferences(pages);
				redirects = Object.fromEntries(Object.entries(config.redirects).map(([from, to]) => [from, destination(to)]));
				checkRedirects(
					redirects,
					pages.map((page) => page.address),
					redirectsFile,
				);
			},
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				const lines: string[] = [];
				for (const [from, to] of Object.entries(redirects)) {
					const [target = '', anchor] = to.split('#');
					const html = existsSync(pageFile(out, target)) ? readFileSync(pageFile(out, target), 'utf8') : undefined;
					if (html === undefined || (anchor && !html.includes(` id="${anchor}"`))) {
						throw new AuthorError(
							redirectsFile,
							undefined,
							`the redirect "${from}" → "${to}" leads nowhere in the build`,
							'point it at a published page and heading.',
						);
					}
					const forward = pageFile(out, from);
					// Astro's redirect page forwards with <meta http-equiv="refresh">, which drops the #fragment;
					// public/redirect-fragment.js forwards first and keeps it. The meta refresh stays as the fallback.
					writeFileSync(
						forward,
						readFileSync(forward, 'utf8').replace(
							'<title>',
							`<script src="/redirect-fragment.js" data-to="${to}"></script>\n<title>`,
						),
					);
					lines.push(`${from} ${to} 301`);
				}
				if (lines.length > 0) appendFileSync(join(out, '_redirects'), `${lines.join('\n')}\n`);
				checkBuiltAnchors(root, readAnchors(out));
			},
		},
	};
}
