/**
 * Sections in learning order, as [sidebar label, folder under content/docs/]. Kept apart from sidebar.ts,
 * which reads the folders from disk at config time, so pages and endpoints can import the labels at build time.
 */
export const sectionGroups = [
	['Foundations', 'foundations'],
	['Languages', 'languages'],
	['The stack', 'stack'],
	['Architecture', 'architecture'],
	['Trends 2026', 'trends'],
	['Career path', 'career'],
	['Glossary', 'glossary'],
] as const;
