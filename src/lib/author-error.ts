/**
 * A problem an author can fix, reported the same way everywhere: the file, the line when there is
 * one, what is wrong and what to write instead. Stack traces are noise for content mistakes.
 */
export class AuthorError extends Error {
	constructor(file: string, line: number | undefined, problem: string, hint: string) {
		super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}\n  Fix: ${hint}`);
		this.name = 'AuthorError';
	}
}

/** A path relative to the project, for error messages. */
export const projectPath = (path: string | undefined) => (path ?? 'unknown file').replace(`${process.cwd()}/`, '');
