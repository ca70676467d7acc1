import type { Element, Root } from 'hast';
import { h } from 'hastscript';

/**
 * The second "Mark as done" toggle, right after a topic page's "Key points" (the first sits under the title,
 * ProgressToggle.astro, with the same markup). Rendered here rather than by the page script so it takes its
 * place before first paint and nothing moves; progress-page.ts only sets its state.
 */
export const progressToggle = () =>
	h('div', { class: 'progress-toggle not-content', dataPagefindIgnore: '' }, [
		h('button', { type: 'button', dataProgressToggle: '', ariaPressed: 'false', disabled: true }, 'Mark as done'),
		h(
			'p',
			{ class: 'progress-unavailable', dataProgressUnavailable: '', hidden: true },
			'Progress cannot be saved in this browser.',
		),
	]);

const h2Id = (node: Root['children'][number]) => {
	if (node.type !== 'element') return undefined;
	const heading =
		node.tagName === 'h2'
			? node
			: node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
	return heading?.properties.id;
};

export function rehypeProgressToggle() {
	return (tree: Root) => {
		const keyPoints = tree.children.findIndex((node) => h2Id(node) === 'key-points');
		if (keyPoints === -1) return;
		const next = tree.children.findIndex((node, index) => index > keyPoints && h2Id(node) !== undefined);
		tree.children.splice(next === -1 ? tree.children.length : next, 0, progressToggle());
	};
}
