/**
 * `load` run once and its promise shared by every caller, until it fails: a failure is forgotten, so the next call
 * tries again (a network blip must not leave search broken until the page is reloaded).
 */
export function shareUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
	let shared: Promise<T> | undefined;
	return () =>
		(shared ??= load().catch((error: unknown) => {
			shared = undefined;
			throw error;
		}));
}
