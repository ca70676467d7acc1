import type { ElementContent } from 'hast';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { AuthorError, projectPath } from '../../lib/author-error.ts';
import { closest } from '../../lib/edit-distance.ts';
import { type Fact, loadRegistry } from './registry.ts';

/** `{{fact:id}}` inside code, where no component can go. */
export const codeToken = /\{\{\s*fact:([^}\s]*)\s*\}\}/g;

const readable = (date: string) =>
	new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
const anchor = (fact: Fact) => `fact-${fact.id}`;
const text = (value: string) => ({ type: 'text' as const, value });
const hidden = (value: string): ElementContent => ({
	type: 'element',
	tagName: 'span',
	properties: { className: ['sr-only'] },
	children: [text(value)],
});

/**
 * The figure as the reader sees it: the value, then a numbered reference (like a footnote) whose link
 * goes to the figure's entry under Sources. Its hidden words say when it was checked and against what,
 * so the note is reachable by keyboard and read by screen readers; `title` shows the same on hover.
 */
function figure(fact: Fact, number: number): PhrasingContent {
	const note = `checked ${readable(fact.checked)} against ${fact.sourceTitle}`;
	return {
		type: 'emphasis',
		children: [],
		data: {
			hName: 'span',
			hProperties: { className: ['fact'] },
			hChildren: [
				text(fact.value),
				{
					type: 'element',
					tagName: 'sup',
					properties: { className: ['fact-ref'], dataPagefindIgnore: '' },
					children: [
						{
							type: 'element',
							tagName: 'a',
							properties: {
								href: `#${anchor(fact)}`,
								title: `Checked ${readable(fact.checked)} · ${fact.sourceTitle}`,
							},
							children: [hidden('figure '), text(String(number)), hidden(`, ${note}`)],
						},
					],
				},
			],
		},
	};
}

/** The page's figures as a numbered list, one entry per fact, each with its date and source. */
function figureList(facts: Fact[]): RootContent[] {
	const intro: Paragraph = {
		type: 'paragraph',
		children: [text('Figures on this page, and when each was last checked:')],
	};
	const items: ListItem[] = facts.map((fact) => ({
		type: 'listItem',
		spread: false,
		data: { hProperties: { id: anchor(fact) } },
		children: [
			{
				type: 'paragraph',
				children: [
					{ type: 'strong', children: [text(fact.value)] },
					text(` — ${fact.about}. Checked `),
					{
						type: 'emphasis',
						children: [text(readable(fact.checked))],
						data: { hName: 'time', hProperties: { dateTime: fact.checked } },
					},
					text(' against '),
					{ type: 'link', url: fact.source, children: [text(fact.sourceTitle)] },
					text('.'),
				],
			},
		],
	}));
	const list: List = {
		type: 'list',
		ordered: true,
		start: 1,
		spread: false,
		children: items,
		data: { hProperties: { className: ['fact-list'] } },
	};
	return [intro, list];
}

const isSourcesHeading = (node: RootContent): node is Heading =>
	node.type === 'heading' &&
	node.depth === 2 &&
	node.children
		.map((child) => ('value' in child ? child.value : ''))
		.join('')
		.trim() === 'Sources';

/**
 * Replaces `<Fact id="…" />` and `{{fact:id}}` with values from content/facts.yaml, numbers each figure,
 * and lists the page's figures with their dates and sources at the end of "Sources". Unknown ids,
 * facts in headings (their anchors would move when a figure changes) and facts in diagrams fail the build.
 */
export function remarkFacts() {
	return (tree: Root, file: VFile) => {
		const registry = loadRegistry();
		const path = projectPath(file.path);
		const used: Fact[] = [];
		const use = (id: string, line: number | undefined): Fact => {
			const fact = registry.get(id);
			if (!fact) {
				const guess = closest(id, [...registry.keys()]);
				throw new AuthorError(
					path,
					line,
					`unknown fact "${id}"`,
					`${guess ? `did you mean "${guess}"? ` : ''}use an id from content/facts.yaml, or add the fact there with its value, dates and source.`,
				);
			}
			if (!used.includes(fact)) used.push(fact);
			return fact;
		};

		visit(tree, (node, index, parent) => {
			if (node.type === 'heading') {
				visit(node, (inner) => {
					if (isFactElement(inner) || (inner.type === 'inlineCode' && inner.value.match(codeToken))) {
						throw new AuthorError(
							path,
							inner.position?.start.line,
							'a fact is used in a heading',
							'move the figure into the text below the heading: heading anchors must not change when a figure does.',
						);
					}
				});
				return SKIP;
			}
			if (node.type === 'code' || node.type === 'inlineCode') {
				if (!node.value.includes('{{')) return;
				if (node.type === 'code' && node.lang === 'mermaid') {
					throw new AuthorError(
						path,
						node.position?.start.line,
						'a fact is used inside a diagram',
						'keep versions and dates out of diagrams; state them in the text with <Fact id="…" />.',
					);
				}
				const start = node.position?.start.line;
				node.value = node.value.replace(codeToken, (_, id: string, offset: number) => {
					const line =
						start === undefined
							? undefined
							: start + (node.type === 'code' ? 1 : 0) + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
					return use(id, line).value;
				});
				return;
			}
			if (!isFactElement(node) || !parent || index === undefined) return;
			const id = node.attributes.find(
				(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
			)?.value;
			if (typeof id !== 'string') {
				throw new AuthorError(
					path,
					node.position?.start.line,
					'<Fact> needs an id written as a plain string',
					'write <Fact id="java-lts" />.',
				);
			}
			const fact = use(id, node.position?.start.line);
			const replacement = figure(fact, used.indexOf(fact) + 1);
			parent.children[index] = (
				node.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [replacement] } : replacement
			) as never;
			return SKIP;
		});

		if (used.length === 0) return;
		const sources = tree.children.findIndex(isSourcesHeading);
		if (sources === -1) {
			tree.children.push({ type: 'heading', depth: 2, children: [text('Figures on this page')] }, ...figureList(used));
			return;
		}
		const next = tree.children.findIndex((node, i) => i > sources && node.type === 'heading' && node.depth <= 2);
		tree.children.splice(next === -1 ? tree.children.length : next, 0, ...figureList(used));
	};
}

function isFactElement(node: { type: string; name?: unknown }): node is MdxJsxTextElement | MdxJsxFlowElement {
	return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fact';
}
