/**
 * How the offline worker stores a file, shared by the worker (worker/storage.ts), the bench and the tests, which
 * measure and read the cache the same way.
 */

/**
 * Header of a saved entry whose body is gzip. Our own name, never `Content-Encoding`: the Cache API would keep it,
 * but a response served with it could be decoded a second time, and a host's own `Content-Encoding` describes the
 * network transfer, not what we saved. Removed before a response is served.
 */
export const storedAsHeader = 'x-backend-2026-stored';
export const gzipStored = 'gzip';

/**
 * Text formats, which gzip shrinks to a fifth or less. Everything else is stored as it is: woff2, PNG and the other
 * images are compressed formats, and Pagefind gzips its own index, fragments and wasm (`.pf_*`, `.pagefind`, served
 * as `application/octet-stream`), so a second gzip would cost time and save nothing.
 */
export const isCompressible = (contentType: string): boolean =>
	/^(text\/|application\/(javascript|json|manifest\+json|xml)\b|image\/svg\+xml\b)/i.test(contentType.trim());
