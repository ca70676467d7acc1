import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';

const dist = join(process.cwd(), 'dist');

/** Every address the built sitemap lists, as a path (`/stack/queues/`), read from sitemap-index.xml's files. */
export function sitemapPaths(): string[] {
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
	const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
	return locs(index).flatMap((sitemap) =>
		locs(readFileSync(join(dist, new URL(sitemap).pathname), 'utf8')).map((url) => new URL(url).pathname),
	);
}

/** Every HTML page in dist/ as a path, except the 404 page and redirect stubs (Astro `redirects`), which no sitemap lists. */
export function builtPagePaths(): string[] {
	return filesUnder(dist, '**/index.html')
		.filter((path) => !/<meta http-equiv="refresh"/i.test(readFileSync(path, 'utf8')))
		.map((path) => `/${relative(dist, dirname(path))}/`.replace(/\/+/g, '/'));
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
	if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
