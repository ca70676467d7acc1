import { existsSync } from 'node:fs';

/** Sections in learning order: each is a folder under content/docs/. */
const groups = [
	['Foundations', 'foundations'],
	['Languages', 'languages'],
	['The stack', 'stack'],
	['Architecture', 'architecture'],
	['Trends 2026', 'trends'],
	['Career path', 'career'],
	['Glossary', 'glossary'],
] as const;

/** Starlight silently shows an empty group for a missing folder; we stop instead. */
function checkFolder(directory: string): void {
	const folder = new URL(`../../content/docs/${directory}/`, import.meta.url);
	if (!existsSync(folder)) {
		throw new Error(
			`src/config/sidebar.ts: sidebar group "${directory}" has no folder content/docs/${directory}/. ` +
				'Create the folder with at least one page, or remove the group from the sidebar.',
		);
	}
}

export const sidebar = [
	{ label: 'Home', link: '/' },
	...groups.map(([label, directory]) => {
		checkFolder(directory);
		return { label, items: [{ autogenerate: { directory } }] };
	}),
];
