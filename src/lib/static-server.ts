import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve as absolute, extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

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

const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json|wasm)|image\/svg)/;

/** gzip or brotli, as a real host would send (the bench measures with it); cached per file. */
function encoder(): (file: string, type: string, accept: string) => { body: Buffer; encoding?: string } {
	const cache = new Map<string, Buffer>();
	return (file, type, accept) => {
		const body = readFileSync(file);
		const encoding = !compressible.test(type)
			? undefined
			: /\bbr\b/.test(accept)
				? 'br'
				: /\bgzip\b/.test(accept)
					? 'gzip'
					: undefined;
		if (!encoding) return { body };
		const key = `${encoding}:${file}`;
		if (!cache.has(key)) cache.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
		return { body: cache.get(key) as Buffer, encoding };
	};
}

/** The decoded path of a request, or undefined when it is not valid percent-encoded UTF-8. */
function decodedPath(pathname: string): string | undefined {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
}

/**
 * A static host for dist/: directory indexes, trailing-slash redirects, the 404 page and _headers.
 * Written here because `astro preview` ignores _headers, which the security tests must exercise, and answers a
 * malformed address with a stack trace; `npm start` serves with it too (src/scripts/serve.ts).
 * `compress` adds gzip/brotli like a production host (off for tests, on for the bench).
 */
export async function serveDist(
	dist = join(process.cwd(), 'dist'),
	{ compress = false, port = 0 }: { compress?: boolean; port?: number } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
	const root = absolute(dist);
	const rules = headerRules(root);
	const encode = encoder();
	const serve = (request: IncomingMessage, response: ServerResponse) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const pathname = decodedPath(url.pathname);
		for (const rule of rules) {
			if (pathname && rule.pattern.test(pathname)) {
				for (const [name, value] of rule.headers) response.setHeader(name, value);
			}
		}
		let file = pathname === undefined ? '' : normalize(join(root, pathname));
		// An address that is not UTF-8 (`/%ff/`), or that climbs out of the site (`/..%2f..%2fetc%2fpasswd`).
		if (pathname === undefined || (file !== root && !file.startsWith(`${root}${sep}`))) {
			response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
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
		const type = types[extname(file)] ?? 'application/octet-stream';
		if (!compress) {
			response.writeHead(200, { 'Content-Type': type });
			response.end(readFileSync(file));
			return;
		}
		const { body, encoding } = encode(file, type, String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(200, {
			'Content-Type': type,
			Vary: 'Accept-Encoding',
			...(encoding ? { 'Content-Encoding': encoding } : {}),
		});
		response.end(body);
	};
	const server: Server = createServer((request, response) => {
		try {
			serve(request, response);
		} catch (error) {
			// Logged here, never sent: a response must not show paths or a stack trace.
			console.error(`static server: ${request.url}:`, error);
			if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			response.end('Internal server error\n');
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: listening } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${listening}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
