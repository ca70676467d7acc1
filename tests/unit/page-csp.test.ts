import { describe, expect, it } from 'vitest';
import { CspError, completePageCsp } from '../../src/features/security/page-csp.ts';
import { sha256, starlightInlineScriptHashes } from '../../src/features/security/starlight-inline-scripts.ts';

const page = (policy: string, body: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe('completePageCsp', () => {
	it("adds each distinct style attribute's hash after 'unsafe-hashes'", () => {
		const html = page(
			"script-src 'self'; style-src 'self'; style-src-attr 'unsafe-hashes';",
			'<span style="--0:#fff">a</span><span style="--0:#fff">b</span><i style="--sl-icon-size: 1em;"></i>',
		);
		const hashes = [sha256('--0:#fff'), sha256('--sl-icon-size: 1em;')].sort().map((hash) => `'${hash}'`);
		expect(policyOf(completePageCsp(html, '/x/'))).toBe(
			`script-src 'self'; style-src 'self'; style-src-attr 'unsafe-hashes' ${hashes.join(' ')}`,
		);
	});

	it('hashes the decoded attribute value, as the browser does', () => {
		const html = page("style-src-attr 'unsafe-hashes';", '<b style="font-family:&quot;Inter&quot;">x</b>');
		expect(policyOf(completePageCsp(html, '/x/'))).toContain(sha256('font-family:"Inter"'));
	});

	it('accepts an inline script whose hash is allowed and ignores JSON-LD data', () => {
		const code = 'console.log(1)';
		const html = page(
			`script-src 'self' '${sha256(code)}';`,
			`<script>${code}</script><script type="application/ld+json">{"@type":"Article"}</script>`,
		);
		expect(completePageCsp(html, '/x/')).toContain(sha256(code));
	});

	it('stops the build on an inline script the policy does not allow, naming the page and the fix', () => {
		const html = page("script-src 'self';", '<script>alert(1)</script>');
		expect(() => completePageCsp(html, '/stack/queues/')).toThrow(CspError);
		expect(() => completePageCsp(html, '/stack/queues/')).toThrowErrorMatchingInlineSnapshot(`
			[CspError: /stack/queues/: the inline <script> "alert(1)" is not allowed by the Content-Security-Policy.
			  Fix: write it as a processed <script> in an .astro component (Astro bundles and hashes it). If Starlight wrote it, see src/features/security/starlight-inline-scripts.ts.]
		`);
	});

	it('stops the build on an inline <style> without a hash', () => {
		const html = page("style-src 'self';", '<style>body{color:red}</style>');
		expect(() => completePageCsp(html, '/a/')).toThrow(/inline <style> "body\{color:red\}"/);
	});

	it('leaves a page without a CSP <meta> untouched', () => {
		const html = '<html><body><p style="color:red">x</p></body></html>';
		expect(completePageCsp(html, '/a/')).toBe(html);
	});
});

describe('starlightInlineScriptHashes', () => {
	it("hashes every is:inline script in Starlight's components", () => {
		const hashes = starlightInlineScriptHashes();
		expect(hashes.length).toBeGreaterThanOrEqual(4);
		for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
	});
});
