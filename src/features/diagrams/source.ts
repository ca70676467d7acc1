import { AuthorError } from '../../lib/author-error.ts';

export interface DiagramSource {
	code: string;
	title: string;
	description: string;
}

const accLine = (code: string, name: 'accTitle' | 'accDescr') =>
	code.match(new RegExp(`^\\s*${name}\\s*:\\s*(.+)$`, 'm'))?.[1]?.trim();

/** Reads accTitle/accDescr from a fence; both are required so every figure is accessible. */
export function readDiagramSource(code: string, file: string, line?: number): DiagramSource {
	const title = accLine(code, 'accTitle');
	const description = accLine(code, 'accDescr');
	if (!title || !description) {
		const missing = [!title && 'accTitle', !description && 'accDescr'].filter(Boolean).join(' and ');
		throw new AuthorError(
			file,
			line,
			`mermaid diagram has no ${missing}`,
			'add `accTitle: <short title>` and `accDescr: <what the reader should notice>` lines after the diagram type.',
		);
	}
	return { code, title, description };
}
