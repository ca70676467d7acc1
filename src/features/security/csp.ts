import type { AstroUserConfig } from 'astro';
import { starlightInlineScriptHashes } from './starlight-inline-scripts.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The Content-Security-Policy Astro writes into every page's <meta>. Astro adds the hashes of the
 * scripts and styles it emits; we allow only our own origin for everything else.
 * `frame-ancestors` cannot be set from a <meta> tag, so it lives in public/_headers (and the nginx
 * example next to this file) with the other response headers.
 */
export const csp: CspConfig = {
	algorithm: 'SHA-256',
	directives: [
		"default-src 'self'",
		// Starlight, Pagefind and Expressive Code draw their icons as data: SVGs in CSS.
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	],
	scriptDirective: {
		// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no JS eval.
		resources: ["'self'", "'wasm-unsafe-eval'"],
		hashes: starlightInlineScriptHashes(),
	},
	styleDirective: {
		// Style attributes (Starlight's `--sl-icon-size`, Expressive Code's token colours) are allowed
		// one exact value at a time: page-csp.ts adds each page's hashes after 'unsafe-hashes'.
		resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
	},
};
