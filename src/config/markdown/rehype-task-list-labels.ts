import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * GFM task lists (`- [ ] …`) render a disabled checkbox with no label, which screen readers
 * announce as just "checkbox" (axe: `label`). The item's own words become the checkbox's name.
 */
export function rehypeTaskListLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (item: Element) => {
			if (item.tagName !== 'li' || !String(item.properties.className ?? '').includes('task-list-item')) return;
			let checkbox: Element | undefined;
			visit(item, 'element', (element: Element) => {
				if (!checkbox && element.tagName === 'input' && element.properties.type === 'checkbox') checkbox = element;
			});
			const label = textOf(item).replace(/\s+/g, ' ').trim();
			if (checkbox && label && !checkbox.properties.ariaLabel) checkbox.properties.ariaLabel = label;
		});
	};
}
