import { readFileSync } from 'node:fs';
import { parse, YAMLParseError } from 'yaml';
import { AuthorError, projectPath } from './author-error.ts';

/** A page's YAML frontmatter and the Markdown after it. */
export interface PageSource {
	data: Record<string, unknown>;
	body: string;
}

const block = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** The text as every reader sees it: no byte-order mark, LF line endings (a file saved on Windows reads the same). */
export const normaliseText = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/**
 * The one frontmatter reader for code that reads content/ before Astro does (the sidebar, address checks, tools).
 * A file saved on Windows (CRLF line endings) or with a byte-order mark reads the same as any other. A YAML
 * mistake throws a YAMLParseError whose line counts from the frontmatter's first line, not the file's.
 */
export function readFrontmatter(text: string): PageSource {
	const normal = normaliseText(text);
	const match = block.exec(normal);
	if (!match) return { data: {}, body: normal };
	return { data: (parse(match[1] as string) ?? {}) as Record<string, unknown>, body: normal.slice(match[0].length) };
}

/**
 * `readFrontmatter` of a file. A YAML mistake names the file and its line in the file (the sidebar reads every
 * page while Astro loads its config, so without this the error would blame astro.config.mjs).
 */
export function readPageFile(path: string): PageSource {
	try {
		return readFrontmatter(readFileSync(path, 'utf8'));
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		// +1 for the opening `---` line.
		const line = error.linePos ? error.linePos[0].line + 1 : undefined;
		const problem = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
		throw new AuthorError(
			projectPath(path),
			line,
			`the frontmatter is not valid YAML: ${problem}`,
			'correct the YAML between the two `---` lines (quote values that contain ": " or start with a special character).',
		);
	}
}

/**
 * The line in the file of a top-level frontmatter field (`section:`), for messages; with `value`, the first line
 * from that field on that mentions it (an item of a list). Undefined if absent.
 */
export function frontmatterLine(path: string, field: string, value?: string): number | undefined {
	const lines = normaliseText(readFileSync(path, 'utf8')).split('\n');
	const end = lines.indexOf('---', 1);
	const frontmatter = lines.slice(0, end === -1 ? undefined : end);
	const start = frontmatter.findIndex((line) => line.startsWith(`${field}:`));
	if (start === -1) return undefined;
	if (value === undefined) return start + 1;
	const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const item = new RegExp(`(^|[\\s\\[,'"])${escaped}($|[\\s\\],'"])`);
	const found = frontmatter.findIndex((line, index) => index >= start && item.test(line));
	return found === -1 ? start + 1 : found + 1;
}
