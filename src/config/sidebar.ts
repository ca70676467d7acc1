import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { groups } from './sections.ts';

const docsRoot = new URL('../../content/docs/', import.meta.url);

/**
 * Starlight's `autogenerate` matches pages by file path under src/content/docs (its
 * utils/collection.ts says the folder is still fixed), so it finds nothing in our content/docs.
 * We list each folder's pages ourselves, ordered by `sidebar.order` like autogenerate would.
 */
function pagesIn(directory: string): string[] {
	const folder = new URL(`${directory}/`, docsRoot);
	if (!existsSync(folder)) {
		throw new Error(
			`src/config/sidebar.ts: sidebar group "${directory}" has no folder content/docs/${directory}/. ` +
				'Create the folder with at least one page, or remove the group from the sidebar.',
		);
	}
	return readdirSync(folder)
		.filter((name) => /^[^_].*\.mdx?$/.test(name))
		.map((name) => {
			const front = readFileSync(new URL(name, folder), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
			const order = (parse(front)?.sidebar?.order as number | undefined) ?? Number.MAX_SAFE_INTEGER;
			const slug = `${directory}/${name.replace(/\.mdx?$/, '')}`.replace(/\/index$/, '');
			return { slug, order };
		})
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
		.map(({ slug }) => slug);
}

export const sidebar = [
	{ label: 'Home', link: '/' },
	...groups.map(([label, directory]) => ({ label, items: pagesIn(directory) })),
];
