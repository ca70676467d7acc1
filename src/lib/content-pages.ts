import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

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
	/** True when the id came from a frontmatter `slug`. */
	slugged: boolean;
}

const pageFile = /^[^_.].*\.mdx?$/;

function filesUnder(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true })
		.filter((entry) => !entry.name.startsWith('_') && !entry.name.startsWith('.'))
		.flatMap((entry) =>
			entry.isDirectory()
				? filesUnder(join(directory, entry.name))
				: pageFile.test(entry.name)
					? [join(directory, entry.name)]
					: [],
		);
}

/** Every page under `contentDir` (absolute), the way the docs collection's glob loader will see it. */
export function contentPages(root: string, contentDir: string): ContentPage[] {
	return filesUnder(contentDir)
		.sort()
		.map((path) => {
			const front = readFileSync(path, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
			const data = (parse(front) ?? {}) as { slug?: unknown; section?: unknown };
			const fromPath = relative(contentDir, path)
				.split('\\')
				.join('/')
				.replace(/\.mdx?$/, '')
				.replace(/(^|\/)index$/, '');
			const slugged = typeof data.slug === 'string';
			const id = (slugged ? String(data.slug) : fromPath).replace(/^\/+|\/+$/g, '') || 'index';
			return {
				file: relative(root, path).split('\\').join('/'),
				id,
				address: id === 'index' ? '/' : `/${id}/`,
				section: typeof data.section === 'string' ? data.section : undefined,
				slugged,
			};
		});
}
