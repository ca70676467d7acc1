/** One line of the bench table: what, the figure, and the target when there is one. */
export type Row = [label: string, value: string, target?: string];

/** "< 15 KiB ✓" or "< 15 KiB ✗": the target and whether this run met it. */
export const target = (text: string, met: boolean) => `${text} ${met ? '✓' : '✗'}`;

/** A Markdown table, so it reads in a terminal and pastes into an issue or a pull request. */
export function formatTable(rows: Row[]): string {
	const header: Row = ['Figure', 'Value', 'Target'];
	const all = [header, ...rows].map(([label, value, goal = '']) => [label, value, goal]);
	const widths = [0, 1, 2].map((column) => Math.max(...all.map((row) => [...(row[column] as string)].length)));
	const line = (cells: string[]) =>
		`| ${cells.map((cell, column) => cell + ' '.repeat((widths[column] as number) - [...cell].length)).join(' | ')} |`;
	return [line(all[0] as string[]), line(widths.map((width) => '-'.repeat(width))), ...all.slice(1).map(line)].join(
		'\n',
	);
}
