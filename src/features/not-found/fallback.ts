/**
 * Where the 404 page sends a reader when nothing matches the missing address: the home page's "ways in",
 * as page ids. A missing id fails the build (src/pages/404.astro).
 */
export const fallbackPageIds = [
	'foundations/what-is-backend',
	'career/learning-path',
	'languages/choosing',
	'architecture/choosing',
];
