import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A page's YAML frontmatter and the Markdown after it. */
export interface PageSource {
	data: Record<string, unknown>;
	body: string;
}

const block = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * The one frontmatter reader for code that reads content/ before Astro does (the sidebar, address checks, tools).
 * A file saved on Windows (CRLF line endings) or with a byte-order mark reads the same as any other.
 */
export function readFrontmatter(text: string): PageSource {
	const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = block.exec(normal);
	if (!match) return { data: {}, body: normal };
	return { data: (parse(match[1] as string) ?? {}) as Record<string, unknown>, body: normal.slice(match[0].length) };
}

/** `readFrontmatter` of a file; a YAML mistake names the file. */
export function readPageFile(path: string): PageSource {
	try {
		return readFrontmatter(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: the frontmatter is not valid YAML: ${(error as Error).message}`);
	}
}
