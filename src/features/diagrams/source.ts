import { AuthorError } from '../../lib/author-error.ts';
import { normaliseText } from '../../lib/frontmatter.ts';

export interface DiagramSource {
	code: string;
	title: string;
	description: string;
}

const accLine = (code: string, name: 'accTitle' | 'accDescr') =>
	code.match(new RegExp(`^\\s*${name}\\s*:\\s*(.+)$`, 'm'))?.[1]?.trim();

/** Mermaid's block form, `accDescr { … }` over several lines, read as one sentence. */
const accBlock = (code: string) =>
	code
		.match(/^\s*accDescr\s*\{([^}]*)\}/m)?.[1]
		?.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.join(' ');

/** Reads accTitle/accDescr from a fence; both are required so every figure is accessible. */
export function readDiagramSource(fenceCode: string, file: string, line?: number): DiagramSource {
	// As every checkout sees it (no byte-order mark, LF), so a page saved on Windows finds the same cached SVG.
	const code = normaliseText(fenceCode);
	const title = accLine(code, 'accTitle');
	const description = accLine(code, 'accDescr') || accBlock(code);
	if (!title || !description) {
		const missing = [!title && 'accTitle', !description && 'accDescr'].filter(Boolean).join(' and ');
		throw new AuthorError(
			file,
			line,
			`mermaid diagram has no ${missing}`,
			'add `accTitle: <short title>` and `accDescr: <what the reader should notice>` lines after the diagram type ' +
				'(a long description may use the block form `accDescr { … }`).',
		);
	}
	return { code, title, description };
}
