/** The public origin, used for canonical URLs, the sitemap and link previews. Override with SITE_URL when deploying elsewhere. */
export const site = process.env.SITE_URL ?? 'https://backend2026.dev';
