/** A build problem with the offline worker: says what is wrong and how to fix it, instead of a stack trace. */
export class OfflineBuildError extends Error {
	constructor(problem: string, hint: string) {
		super(`Offline worker: ${problem}\n  Fix: ${hint}`);
		this.name = 'OfflineBuildError';
	}
}
