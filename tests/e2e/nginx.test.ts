import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Serves the real build through the project's own nginx.conf with Debian's nginx, the way the Dockerfile's image
// does: the configuration must pass `nginx -t`, and the headers, redirects, 404 page and compression it promises
// must reach a client. nginx runs from a scratch prefix on a loopback port, so no root and no system config is needed.

const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const siteConf = join(process.cwd(), 'src/features/security/nginx.conf');
const dist = join(process.cwd(), 'dist');
const mimeTypes = '/etc/nginx/mime.types';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** One plain HTTP request (no redirect following, no automatic decompression). */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
			);
		});
		req.on('error', reject);
		req.end();
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** The headers public/_headers promises for a path pattern (`/*`, `/_astro/*`), names lowercased. */
function promisedHeaders(pattern: string): Record<string, string> {
	const rules: Record<string, Record<string, string>> = {};
	let current: Record<string, string> = {};
	for (const line of readFileSync(join(process.cwd(), 'public/_headers'), 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (/^\S/.test(line)) rules[line.trim()] = current = {};
		else {
			const [name = '', ...value] = line.trim().split(':');
			current[name.toLowerCase()] = value.join(':').trim();
		}
	}
	const found = rules[pattern];
	if (!found) throw new Error(`public/_headers has no rule for ${pattern}`);
	return found;
}

/** Replaces one directive of the site config for the test, and fails loudly if the config no longer has it. */
function replaceDirective(conf: string, directive: RegExp, replacement: string): string {
	if (!directive.test(conf)) throw new Error(`${siteConf} has no line matching ${directive}; update this test.`);
	return conf.replace(directive, replacement);
}

let scratch = '';
let port = 0;
let nginx: ChildProcess | undefined;
let nginxLog = '';

beforeAll(async () => {
	if (!nginxBinary) {
		throw new Error(
			"nginx is not installed. Install Debian's nginx (`sudo apt-get install nginx`; .ci/run does it in CI): " +
				'this test checks the self-hosting configuration with a real nginx.',
		);
	}
	scratch = mkdtempSync(join(tmpdir(), 'backend-2026-nginx-'));
	mkdirSync(join(scratch, 'logs'));
	mkdirSync(join(scratch, 'temp'));
	copyFileSync(mimeTypes, join(scratch, 'mime.types'));
	port = await freePort();
	let site = readFileSync(siteConf, 'utf8');
	site = replaceDirective(site, /^\tlisten \d+;$/m, `\tlisten 127.0.0.1:${port};`);
	site = replaceDirective(site, /^\troot \S+;$/m, `\troot ${dist};`);
	writeFileSync(join(scratch, 'site.conf'), site);
	const temp = (name: string) => `${name}_temp_path ${join(scratch, 'temp', name)};`;
	// The main context the nginx image provides around conf.d/default.conf, with every path in the scratch folder.
	// As root, nginx would hand requests to `nobody` workers; `user root` keeps them able to read a build in a home
	// folder. As any other user the directive is ignored with a notice.
	const main = [
		...(process.getuid?.() === 0 ? ['user root;'] : []),
		'worker_processes 1;',
		`pid ${join(scratch, 'nginx.pid')};`,
		`error_log ${join(scratch, 'logs/error.log')} notice;`,
		'daemon off;',
		'events { worker_connections 64; }',
		'http {',
		`\taccess_log off;`,
		`\t${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}`,
		`\tinclude ${join(scratch, 'site.conf')};`,
		'}',
	].join('\n');
	writeFileSync(join(scratch, 'nginx.conf'), `${main}\n`);
	const args = ['-p', scratch, '-c', join(scratch, 'nginx.conf')];

	const check = spawnSync(nginxBinary, ['-t', ...args], { encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${check.stderr}`);

	nginx = spawn(nginxBinary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	nginx.stderr?.on('data', (chunk) => {
		nginxLog += chunk;
	});
	const deadline = Date.now() + 10_000;
	for (;;) {
		try {
			await get(port, '/');
			break;
		} catch (error) {
			if (nginx.exitCode !== null || Date.now() > deadline) {
				throw new Error(`nginx did not start: ${(error as Error).message}\n${nginxLog}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
});

afterAll(async () => {
	if (nginx && nginx.exitCode === null) {
		const exited = new Promise((resolve) => nginx?.once('exit', resolve));
		nginx.kill('SIGQUIT');
		await exited;
	}
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('nginx.conf serving dist/', () => {
	it('passes nginx -t', () => {
		// beforeAll stops on a failing `nginx -t`; this states the check and shows nginx's own verdict.
		const check = spawnSync(nginxBinary as string, ['-t', '-p', scratch, '-c', join(scratch, 'nginx.conf')], {
			encoding: 'utf8',
		});
		expect(check.stderr).toContain('test is successful');
	});

	it('sends the security headers of public/_headers on pages and on the 404 page', async () => {
		for (const path of ['/', '/stack/queues/', '/no/such/page/']) {
			const reply = await get(port, path);
			for (const [name, value] of Object.entries(promisedHeaders('/*'))) {
				expect(reply.headers[name], `${path}: ${name}`).toBe(value);
			}
			expect(reply.headers.server, 'server_tokens off').toBe('nginx');
		}
	});

	it('caches hashed /_astro/ files for a year, with the security headers too', async () => {
		const file = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.js'));
		expect(file, 'dist/_astro/ has a script').toBeDefined();
		const reply = await get(port, `/_astro/${file}`);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toMatch(/javascript/);
		expect(reply.headers).toMatchObject({ ...promisedHeaders('/*'), ...promisedHeaders('/_astro/*') });
	});

	it('redirects an address without its trailing slash, keeping it relative', async () => {
		const reply = await get(port, '/stack/queues');
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe('/stack/queues/');
	});

	it('serves the redirect page of an old address, which forwards to the current one', async () => {
		const reply = await get(port, '/stack/docker/');
		expect(reply.status).toBe(200);
		expect(reply.body.toString()).toMatch(/<meta http-equiv="refresh" content="0;url=\/stack\/containers\/"/);
	});

	it('answers a missing address with status 404 and the site’s own 404 page', async () => {
		const reply = await get(port, '/stack/no-such-topic/');
		expect(reply.status).toBe(404);
		expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(reply.body.toString()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
	});

	it('does not publish other hosts’ rule files', async () => {
		expect((await get(port, '/_headers')).status).toBe(404);
		expect((await get(port, '/_redirects')).status).toBe(404);
	});

	it('compresses text with gzip when asked, and serves the same bytes', async () => {
		for (const path of ['/stack/queues/', '/manifest.webmanifest', '/llms.txt']) {
			const plain = await get(port, path);
			const zipped = await get(port, path, { 'Accept-Encoding': 'gzip' });
			expect(zipped.headers['content-encoding'], path).toBe('gzip');
			expect(zipped.headers.vary, path).toBe('Accept-Encoding');
			expect(gunzipSync(zipped.body).equals(plain.body), path).toBe(true);
			expect(zipped.body.length, path).toBeLessThan(plain.body.length);
		}
	});

	it('gives the web app manifest and Markdown copies their types', async () => {
		expect((await get(port, '/manifest.webmanifest')).headers['content-type']).toBe(
			'application/manifest+json; charset=utf-8',
		);
		expect((await get(port, '/stack/queues.md')).headers['content-type']).toBe('text/markdown; charset=utf-8');
	});
});
