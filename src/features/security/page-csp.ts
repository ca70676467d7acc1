import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { sha256 } from './starlight-inline-scripts.ts';

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
/** Script types a browser runs; anything else (JSON-LD, import maps aside) is data, outside CSP. */
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export class CspError extends Error {
	constructor(page: string, what: string, hint: string) {
		super(`${page}: ${what} is not allowed by the Content-Security-Policy.\n  Fix: ${hint}`);
		this.name = 'CspError';
	}
}

type Policy = Map<string, string[]>;

const parsePolicy = (content: string): Policy =>
	new Map(
		content
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((tokens) => tokens[0])
			.map(([name, ...sources]) => [name as string, sources]),
	);

const printPolicy = (policy: Policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The sources that apply to inline elements of a kind: `-elem` wins over the plain directive. */
const elementSources = (policy: Policy, kind: 'script' | 'style') =>
	policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];

const preview = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60));

/**
 * Finishes one page's CSP <meta>: adds the hash of every distinct `style` attribute on the page to
 * `style-src-attr` (after Astro's 'unsafe-hashes', so exactly those declarations and no others
 * apply), and stops the build if an inline script or <style> is on the page that the policy
 * does not allow, instead of leaving a reader with a silently broken page.
 */
export function completePageCsp(html: string, page: string): string {
	const meta = metaPattern.exec(html);
	if (!meta) return html;
	const policy = parsePolicy(meta[1] as string);
	const scripts = elementSources(policy, 'script');
	const styles = elementSources(policy, 'style');
	const attributeHashes = new Set<string>();

	visit(fromHtml(html), 'element', (element: Element) => {
		const style = element.properties.style;
		if (typeof style === 'string' && style) attributeHashes.add(`'${sha256(style)}'`);
		if (element.tagName === 'script' && element.properties.src === undefined) {
			const type = String(element.properties.type ?? '').toLowerCase();
			const code = textOf(element);
			if (executable.has(type) && !scripts.includes(`'${sha256(code)}'`)) {
				throw new CspError(
					page,
					`the inline <script> ${preview(code)}`,
					'write it as a processed <script> in an .astro component (Astro bundles and hashes it). ' +
						'If Starlight wrote it, see src/features/security/starlight-inline-scripts.ts.',
				);
			}
		}
		if (element.tagName === 'style' && !styles.includes(`'${sha256(textOf(element))}'`)) {
			throw new CspError(
				page,
				`the inline <style> ${preview(textOf(element))}`,
				'move the rules into a stylesheet in src/styles/ or a component <style> block.',
			);
		}
	});

	const attribute = policy.get('style-src-attr');
	if (!attribute) {
		if (attributeHashes.size === 0) return html;
		throw new CspError(
			page,
			'a style="…" attribute',
			"keep { resource: \"'unsafe-hashes'\", kind: 'attribute' } in src/features/security/csp.ts.",
		);
	}
	policy.set('style-src-attr', [...attribute, ...[...attributeHashes].sort()]);
	const content = printPolicy(policy);
	return html.replace(metaPattern, () => `<meta http-equiv="content-security-policy" content="${content}">`);
}
