/**
 * Sections in learning order: sidebar label and folder under content/docs/. Kept apart from
 * sidebar.ts (which reads the disk) so page components and the breadcrumb trail can import it.
 */
export const groups = [
	['Foundations', 'foundations'],
	['Languages', 'languages'],
	['The stack', 'stack'],
	['Architecture', 'architecture'],
	['Trends 2026', 'trends'],
	['Career path', 'career'],
	['Glossary', 'glossary'],
] as const;
