import { join, relative } from 'node:path';
import { filesUnder } from './files.ts';
import { frontmatterLine, readPageFile } from './frontmatter.ts';

/** The docs collection's glob (src/content.config.ts): files starting with `_` are not pages. */
export const pagePattern = '**/[^_]*.{md,mdx}';

/** The topic pages' folder, from the project root. */
export const contentDir = 'content/docs';

/** A page file under the content folder, read before Astro loads the collection. */
export interface ContentPage {
	/** Path from the project root, for messages (`content/docs/stack/queues.mdx`). */
	file: string;
	/** The id Astro gives it: the frontmatter `slug`, else the path without extension and `/index`. */
	id: string;
	/** The address it is published at (`/stack/queues/`, `/` for the home page). */
	address: string;
	/** Frontmatter `section`, if any. */
	section: string | undefined;
	/** The line of `section:` in the file, for messages. */
	sectionLine?: number | undefined;
	/** Frontmatter `sidebar.order`, if any. */
	order: number | undefined;
	/** True when the id came from a frontmatter `slug`. */
	slugged: boolean;
	/** The file's absolute path. */
	path?: string;
	/** Frontmatter `prerequisites` and `related` as written: page ids. */
	references?: Record<'prerequisites' | 'related', unknown>;
	/** Frontmatter `reviewed` as written (a string when it looks like a date), and its line, for the date check. */
	reviewed?: { value: unknown; line: number | undefined };
}

/** Every page under `pagesDir` (absolute), the way the docs collection's glob loader will see it. */
export function contentPages(root: string, pagesDir = join(root, contentDir)): ContentPage[] {
	return filesUnder(pagesDir, pagePattern).map((path) => {
		const data = readPageFile(path).data as {
			slug?: unknown;
			section?: unknown;
			sidebar?: { order?: unknown };
			reviewed?: unknown;
			prerequisites?: unknown;
			related?: unknown;
		};
		const fromPath = relative(pagesDir, path)
			.split('\\')
			.join('/')
			.replace(/\.mdx?$/, '')
			.replace(/(^|\/)index$/, '');
		const slugged = typeof data.slug === 'string';
		const id = (slugged ? String(data.slug) : fromPath).replace(/^\/+|\/+$/g, '') || 'index';
		const order = data.sidebar?.order;
		return {
			file: relative(root, path).split('\\').join('/'),
			id,
			address: id === 'index' ? '/' : `/${id}/`,
			section: typeof data.section === 'string' ? data.section : undefined,
			sectionLine: frontmatterLine(path, 'section'),
			order: typeof order === 'number' ? order : undefined,
			slugged,
			path,
			references: { prerequisites: data.prerequisites, related: data.related },
			reviewed: { value: data.reviewed, line: frontmatterLine(path, 'reviewed') },
		};
	});
}
