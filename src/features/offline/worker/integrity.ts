/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core/types.js';
import type { PrecacheController } from 'workbox-precaching';
import { savedBytes, servedHeaders } from './storage.ts';

const algorithms: Record<string, string> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

/** Whether `bytes` match an `integrity` value (space-separated `algo-base64` hashes, any one matching suffices). */
export async function matchesIntegrity(bytes: ArrayBuffer, integrity: string): Promise<boolean> {
	for (const token of integrity.trim().split(/\s+/)) {
		const [name = '', expected] = token.split('-', 2);
		const algorithm = algorithms[name];
		if (!algorithm || !expected) continue;
		const digest = new Uint8Array(await crypto.subtle.digest(algorithm, bytes));
		if (btoa(String.fromCharCode(...digest)) === expected.split('?')[0]) return true;
	}
	return false;
}

/**
 * Workbox checks `integrity` only when it downloads a file (the browser refuses other bytes); a file already in the
 * cache is used as it is, at install (where a new deploy reuses the entries it shares with the old one) and when
 * serving. A cache can still hold bad bytes: saved by a worker from before integrity hashes, or damaged on the
 * device. This plugin checks every saved file against its entry's hash before Workbox uses it; a mismatch counts
 * as "not saved", so Workbox downloads the file again with its integrity (install) or fetches and repairs the
 * entry (Workbox's precache repair, which it allows only for entries with an integrity hash). Hand-written
 * because Workbox has no option for it; the cost is one hash (and one gunzip) of each file read from the cache.
 */
export function verifySavedFiles(precache: PrecacheController): WorkboxPlugin {
	return {
		cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
			if (!cachedResponse) return cachedResponse;
			// Saved pages are gzip (worker/storage.ts): the hash is of the file, so check the decompressed bytes.
			const bytes = await savedBytes(cachedResponse);
			const integrity = precache.getIntegrityForCacheKey(request.url);
			if (!bytes || (integrity && !(await matchesIntegrity(bytes, integrity)))) {
				console.warn(
					`Backend 2026: the saved copy of ${new URL(request.url).pathname} is damaged; downloading it again.`,
				);
				return null;
			}
			const { status, statusText, headers } = cachedResponse;
			return new Response(bytes, { status, statusText, headers: servedHeaders(headers) });
		},
	};
}
