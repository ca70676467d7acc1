/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { gzipStored, isCompressible, storedAsHeader } from '../storage-format.ts';

/**
 * Pages and other text files are saved gzip-compressed: about a fifth of their size on the reader's device (HTML
 * is most of the site, and compresses best). The browser's own CompressionStream does it, so no library is
 * shipped; a browser without it (Chromium before 80, Firefox before 113, Safari before 16.4) saves files as they
 * are, and reads both kinds, as every browser does.
 */
const canCompress = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

const isStoredGzip = (response: Response) => response.headers.get(storedAsHeader) === gzipStored;

/** Whether a saved response should be compressed: a text file, not compressed yet, in a browser that can. */
const shouldCompress = (response: Response) =>
	canCompress && !isStoredGzip(response) && isCompressible(response.headers.get('content-type') ?? '');

/** The response as it is saved: gzip-compressed with our marker header when it is text, unchanged otherwise. */
export function forStorage(response: Response): Response {
	if (!shouldCompress(response) || !response.body) return response;
	const headers = new Headers(response.headers);
	// The host's transfer encoding and length describe the bytes on the network, not the saved ones.
	headers.delete('content-encoding');
	headers.delete('content-length');
	headers.set(storedAsHeader, gzipStored);
	const { status, statusText } = response;
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), { status, statusText, headers });
}

/** The bytes of the file a saved response holds (decompressed), or undefined when its gzip is damaged. */
export async function savedBytes(response: Response): Promise<ArrayBuffer | undefined> {
	if (!isStoredGzip(response)) return await response.arrayBuffer();
	if (!canCompress || !response.body) return undefined;
	return await new Response(response.body.pipeThrough(new DecompressionStream('gzip')))
		.arrayBuffer()
		.catch(() => undefined);
}

/** Headers of a saved response as served to the page: never an encoding the page would try to decode again. */
export function servedHeaders(saved: Headers): Headers {
	const headers = new Headers(saved);
	for (const name of [storedAsHeader, 'content-encoding', 'content-length']) headers.delete(name);
	return headers;
}

/**
 * Saves every download compressed (Workbox's `cacheWillUpdate` runs before each `cache.put`: at install, when a
 * damaged entry is repaired, and for pages saved as the reader opens them). Because a plugin with
 * `cacheWillUpdate` replaces PrecacheStrategy's default cacheability check, this one keeps its rule: an error
 * response is never saved (so a 404 still fails the install).
 */
export const storeCompressed: WorkboxPlugin = {
	cacheWillUpdate: async ({ response }) => (!response || response.status >= 400 ? null : forStorage(response)),
};

/**
 * Compresses the entries a worker from before December 2026 saved uncompressed, in place: no download, and the
 * files keep their cache keys, so a later deploy still reuses them. Run on activation, never at install: until
 * then the previous worker, which cannot read gzip, still serves from this cache.
 */
export async function compressSavedFiles(cacheName: string): Promise<void> {
	if (!canCompress) return;
	const cache = await caches.open(cacheName);
	for (const request of await cache.keys()) {
		const response = await cache.match(request);
		if (response && shouldCompress(response)) await cache.put(request, forStorage(response));
	}
}
