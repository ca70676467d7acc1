import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeTaskListLabels } from '../../src/config/markdown/rehype-task-list-labels.ts';

// The HTML remark-gfm writes for `- [ ] …` and `- [x] …`, in; labelled checkboxes, out.
const run = (html: string) => {
	const tree = fromHtml(html, { fragment: true });
	rehypeTaskListLabels()(tree);
	return toHtml(tree);
};

describe('rehypeTaskListLabels', () => {
	it("names each task's checkbox with the task's words", () => {
		expect(
			run(
				'<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> Write a <code>Dockerfile</code>\n from memory.</li>' +
					'<li class="task-list-item"><input type="checkbox" checked disabled> Ship it.</li></ul>',
			),
		).toMatchInlineSnapshot(
			`"<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled aria-label="Write a Dockerfile from memory."> Write a <code>Dockerfile</code>\n from memory.</li><li class="task-list-item"><input type="checkbox" checked disabled aria-label="Ship it."> Ship it.</li></ul>"`,
		);
	});

	it('leaves ordinary lists and already-labelled checkboxes alone', () => {
		const html =
			'<ul><li>Plain <input type="checkbox"></li></ul><ul><li class="task-list-item"><input type="checkbox" aria-label="Kept"> x</li></ul>';
		expect(run(html)).toBe(html);
	});
});
