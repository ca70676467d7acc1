/** The build stops on any address the copy cannot resolve, naming the file and the link, and what to do. */
export class PortableBuildError extends Error {
	constructor(problems: string[]) {
		super(
			`The portable copy cannot resolve ${problems.length} address(es):\n  ${problems.join('\n  ')}\n` +
				'Each is a link or load with no file in dist/ behind it. Fix the address in the page (or the component that ' +
				'writes it), or add the file; src/features/portable/README.md says what the copy carries.',
		);
		this.name = 'PortableBuildError';
	}
}
