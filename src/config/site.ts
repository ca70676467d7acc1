/** The public origin, used for canonical URLs, the sitemap and link previews. Override with SITE_URL when deploying elsewhere. */
export const site = process.env.SITE_URL ?? 'https://backend2026.dev';

/** The site's name and one-line summary: Starlight's title and description, link previews, /llms.txt. */
export const siteTitle = 'Backend 2026';
export const siteDescription =
	'Backend development as it stands in 2026: foundations, languages, the stack, data, security, architecture, trends and a learning path.';
