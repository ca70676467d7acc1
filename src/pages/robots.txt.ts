import type { APIRoute } from 'astro';

/** robots.txt with the sitemap's absolute address, which depends on `site` (SITE_URL), so it is built, not copied. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL('sitemap-index.xml', site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
