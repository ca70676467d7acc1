/** A diagram problem an author can fix: names the file, the line of the fence and the fix. */
export class DiagramError extends Error {
	constructor(file: string, line: number | undefined, problem: string, hint: string) {
		super(`${file}:${line ?? '?'}: ${problem}\n  Fix: ${hint}`);
		this.name = 'DiagramError';
	}
}
