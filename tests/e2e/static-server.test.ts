import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../src/lib/static-server.ts';

// The server `npm start` and the browser tests use, against the build in dist/.
let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
	server = await serveDist();
});
afterAll(() => server?.close());

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });
/** Signs of internals a response must never show: a stack trace or a path on this machine. */
const internals = /\bat [\w.<>]+ \(|node:internal|\/work\/|\/home\/|\/tmp\/|Error:/;

describe('the static server of npm start', () => {
	it.each(['/%ff/', '/..%2f..%2fetc%2fpasswd'])(
		'answers %s with a plain 400 and no internals, and keeps serving',
		async (path) => {
			const response = await get(path);
			expect(response.status).toBe(400);
			expect(await response.text()).not.toMatch(internals);
			expect((await get('/')).status).toBe(200);
		},
	);

	it("serves the site's 404 page with status 404 for an address that is not a page", async () => {
		const notFound = readFileSync(join(process.cwd(), 'dist/404.html'), 'utf8');
		// The second resolves to /etc/passwd inside the site (URL parsing removes the dots), which is no page.
		for (const path of ['/no-such-page/', '/%2e%2e/%2e%2e/etc/passwd']) {
			const response = await get(path);
			expect(response.status).toBe(404);
			expect(await response.text()).toBe(notFound);
		}
	});

	it('redirects an address without its trailing slash, keeping the query', async () => {
		const response = await get('/stack/queues?x=1');
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/stack/queues/?x=1');
	});

	it('sends the headers of public/_headers', async () => {
		const page = await get('/stack/queues/');
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		const css = readFileSync(join(process.cwd(), 'dist/stack/queues/index.html'), 'utf8').match(
			/\/_astro\/[^"]+\.css/,
		)?.[0];
		expect((await get(css ?? '/_astro/missing.css')).headers.get('cache-control')).toContain('immutable');
	});
});
