import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** public/_headers as { pattern: { header: value } }. */
function staticHostHeaders(): Record<string, Record<string, string>> {
	const rules: Record<string, Record<string, string>> = {};
	let current: Record<string, string> = {};
	for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (/^\S/.test(line)) rules[line.trim()] = current = {};
		else {
			const [name, ...value] = line.trim().split(':');
			current[(name as string).toLowerCase()] = value.join(':').trim();
		}
	}
	return rules;
}

/** src/features/security/nginx.conf's add_header lines per location. */
function nginxHeaders(): Record<string, Record<string, string>> {
	const conf = readFileSync('src/features/security/nginx.conf', 'utf8');
	const locations: Record<string, Record<string, string>> = {};
	for (const [, path, body] of conf.matchAll(/location (\/\S*) \{([^}]*)\}/g)) {
		const headers: Record<string, string> = {};
		for (const [, name, value] of (body as string).matchAll(/add_header (\S+) "([^"]*)" always;/g)) {
			headers[(name as string).toLowerCase()] = value as string;
		}
		locations[path as string] = headers;
	}
	return locations;
}

describe('security headers', () => {
	const host = staticHostHeaders();
	const nginx = nginxHeaders();

	it('cover what the issue asks for on every path', () => {
		const all = host['/*'] ?? {};
		expect(all['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(all['content-security-policy']).not.toMatch(/script-src|style-src|default-src/);
		expect(Object.keys(all)).toEqual(
			expect.arrayContaining(['x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy']),
		);
		expect(host['/_astro/*']).toEqual({ 'cache-control': 'public, max-age=31536000, immutable' });
	});

	it('are the same in the nginx example as in public/_headers', () => {
		expect(nginx['/']).toEqual(host['/*']);
		expect(nginx['/_astro/']).toEqual({ ...host['/*'], ...host['/_astro/*'] });
	});
});
