import { fileURLToPath } from 'node:url';
import { contentPages } from '../lib/content-pages.ts';
import { compareReadingOrder, sections } from '../lib/sections.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starlight's `autogenerate` matches pages by file path under src/content/docs (its
 * utils/collection.ts says the folder is still fixed), so it finds nothing in our content/docs.
 * We list each section's pages ourselves, in reading order (`sidebar.order`, then id) like autogenerate would.
 */
function sidebarGroups() {
	const pages = contentPages(root).sort(compareReadingOrder);
	return sections.map(({ id, label }) => {
		const items = pages.filter((page) => page.id.split('/')[0] === id).map((page) => page.id);
		if (items.length === 0) {
			throw new Error(
				`src/lib/sections.ts: the section "${id}" has no pages in content/docs/${id}/. ` +
					'Create the folder with at least one page, or remove the section from the list.',
			);
		}
		return { label, items };
	});
}

export const sidebar = [
	{ label: 'Home', link: '/' },
	{ label: 'Map of every topic', link: '/map/' },
	...sidebarGroups(),
];
