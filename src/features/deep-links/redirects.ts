/**
 * Old or guessable addresses that must keep working, old → current. Astro writes a static page for
 * each that forwards and carries the canonical link; src/config/integrations/addresses.ts checks
 * every target is a published page and writes `_redirects` for hosts that serve real 301s.
 *
 * When you rename or move a page, add its old address here (and run `npm run permalinks`).
 * Addresses end with "/" like every page on the site.
 */
export const redirects: Record<string, string> = {
	// "Docker and Kubernetes" is one page; readers guess either name.
	'/stack/docker/': '/stack/containers/',
	'/stack/kubernetes/': '/stack/containers/',
	// The runtime's everyday name.
	'/languages/node/': '/languages/nodejs/',
};
