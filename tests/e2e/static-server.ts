import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Headers from public/_headers (copied to dist/), applied the way static hosts apply them. */
function headerRules(root: string): { pattern: RegExp; headers: [string, string][] }[] {
	const path = join(root, '_headers');
	if (!existsSync(path)) return [];
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const glob = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
		} else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)?.headers.push([name as string, value.join(':').trim()]);
		}
	}
	return rules;
}

/**
 * A static host for dist/: directory indexes, trailing-slash redirects, the 404 page and _headers.
 * Written here because `astro preview` ignores _headers, which the security tests must exercise.
 */
export async function serveDist(
	root = join(process.cwd(), 'dist'),
): Promise<{ url: string; close: () => Promise<void> }> {
	const rules = headerRules(root);
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const pathname = decodeURIComponent(url.pathname);
		for (const rule of rules) {
			if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
		}
		let file = normalize(join(root, pathname));
		if (!file.startsWith(root)) {
			response.writeHead(400).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) || statSync(file).isDirectory()) {
			const notFound = join(root, '404.html');
			response.writeHead(404, { 'Content-Type': types['.html'] as string });
			response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
			return;
		}
		response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
