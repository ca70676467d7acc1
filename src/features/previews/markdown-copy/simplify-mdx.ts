import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const asideLabels: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/** A string attribute of a JSX element (`<Aside type="tip">` → `tip`); expressions are ignored. */
function attribute(element: JsxElement, name: string): string | undefined {
	for (const attr of element.attributes) {
		if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
	}
	return undefined;
}

/** `/stack/queues/` → `https://backend2026.dev/stack/queues/`; other URLs unchanged. */
const absolute = (url: string, site: URL) =>
	url.startsWith('/') && !url.startsWith('//') ? new URL(url, site).href : url;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

/** `<Aside type="caution">Text</Aside>` → `> **Caution:** Text`. */
function aside(element: JsxElement, children: RootContent[]): RootContent[] {
	const label = attribute(element, 'title') ?? asideLabels[attribute(element, 'type') ?? 'note'] ?? 'Note';
	const [first, ...rest] = children;
	const lead: Paragraph =
		first?.type === 'paragraph'
			? { type: 'paragraph', children: [strong(`${label}:`), text(' '), ...first.children] }
			: { type: 'paragraph', children: [strong(`${label}:`)] };
	const body = first?.type === 'paragraph' ? rest : children;
	return [{ type: 'blockquote', children: [lead, ...(body as BlockContent[])] }];
}

/** How each component used in the topic pages reads as plain Markdown; anything else keeps only its content. */
function replaceElement(element: JsxElement, children: RootContent[], site: URL): RootContent[] {
	switch (element.name) {
		case 'Aside':
			return aside(element, children);
		case 'TabItem':
			return [{ type: 'paragraph', children: [strong(attribute(element, 'label') ?? '')] }, ...children];
		case 'LinkCard': {
			const href = absolute(attribute(element, 'href') ?? '', site);
			const description = attribute(element, 'description');
			const link: PhrasingContent = { type: 'link', url: href, children: [text(attribute(element, 'title') ?? href)] };
			return [{ type: 'paragraph', children: description ? [link, text(`: ${description}`)] : [link] }];
		}
		default:
			return children;
	}
}

function simplifyNode(node: RootContent, site: URL): RootContent[] {
	if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
	if (node.type === 'link' || node.type === 'definition') node.url = absolute(node.url, site);
	const children = 'children' in node ? simplifyChildren(node.children as RootContent[], site) : undefined;
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		return replaceElement(node, children ?? [], site);
	}
	if (children && 'children' in node) (node as { children: RootContent[] }).children = children;
	return [node];
}

function simplifyChildren(children: RootContent[], site: URL): RootContent[] {
	return children.flatMap((child) => simplifyNode(child, site));
}

/**
 * Turns an MDX tree into plain Markdown: imports and `{expressions}` go, Starlight's components become their
 * Markdown equivalents, and root-relative links become absolute so a copy pasted elsewhere still resolves.
 * Code fences, Mermaid ones included, stay exactly as written.
 */
export function simplifyMdx(tree: Root, site: URL): Root {
	return { ...tree, children: simplifyChildren(tree.children, site) };
}
