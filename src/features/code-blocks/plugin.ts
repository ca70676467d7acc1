import { definePlugin } from '@astrojs/starlight/expressive-code';
import { getClassNames, getInlineStyles, setInlineStyles } from '@astrojs/starlight/expressive-code/hast';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { codeForeground, declarationKey, type Palette, paletteCss, tokenPalette } from './palette.ts';

/**
 * Wrapped lines keep their indentation through `--ecIndent:<n>ch` on each line. Classes `i1`…`i64` cover every
 * indentation our code uses many times over (the deepest today is 57); a deeper line keeps its style attribute,
 * which the CSP step hashes like any other.
 */
export const maxIndentClass = 64;
/**
 * `--ecMaxLine:<n>ch` on a wrapping <pre> only feeds `min-width: min(20ch, var(--ecMaxLine, 20ch))` in Expressive
 * Code's CSS: at 20 or more it gives 20ch, as the missing value does, so it is dropped; below 20, class `m<n>`.
 * `classedRenderer()` checks that the rule still reads so.
 */
export const maxLineFloor = 20;

/** `12ch` → '12'. */
const chars = (value: string | undefined) => /^(\d+)ch$/.exec(value ?? '')?.[1];

/**
 * Gives a token span (as Expressive Code's own CSS selects one: `span[style^='--']:not([class])`) classes for its
 * declarations. Returns true when the span only repeats the code's own text colour in every theme it names.
 */
function tokenClasses(element: Element, palette: Palette, plain: Set<string>): boolean {
	const style = element.properties.style;
	if (typeof style !== 'string' || !style.startsWith('--') || getClassNames(element).length > 0) return false;
	const classes: string[] = [];
	const kept: string[] = [];
	let allPlain = true;
	// Expressive Code writes these as `name:value;name:value` (InlineStyleAnnotation); values have no `;`.
	for (const declaration of style.split(';')) {
		if (!declaration.trim()) continue;
		const colon = declaration.indexOf(':');
		const key = declarationKey(declaration.slice(0, colon).trim(), declaration.slice(colon + 1));
		const name = palette.get(key);
		if (name) classes.push(name);
		else kept.push(declaration);
		allPlain &&= plain.has(key);
	}
	element.properties.className = classes;
	if (kept.length > 0) element.properties.style = kept.join(';');
	else delete element.properties.style;
	return allPlain && kept.length === 0;
}

/** Parents whose text takes the code's own colour: a line's code cell and the indentation of a wrapped line. */
const takesCodeColour = (parent: Element) => {
	const classes = getClassNames(parent);
	return (
		(parent.tagName === 'div' && classes.includes('code')) || (parent.tagName === 'span' && classes.includes('indent'))
	);
};

/** Moves one custom property of a line or <pre> into a class when `classFor` names one. */
function layoutClass(element: Element, property: string, classFor: (n: number) => string | null | undefined) {
	const styles = getInlineStyles(element);
	const n = chars(styles.get(property));
	if (n === undefined) return;
	const name = classFor(Number(n));
	if (name === undefined) return;
	styles.delete(property);
	if (name) element.properties.className = [...getClassNames(element), name];
	if (styles.size > 0) setInlineStyles(element, styles);
	else delete element.properties.style;
}

/**
 * Expressive Code plugin: token colours, line indents and short-line widths as classes instead of `style`
 * attributes, defined once in Expressive Code's own stylesheet (`/_astro/ec.<hash>.css`). See README.md.
 */
export const codeClasses = () =>
	definePlugin({
		name: 'backend-2026:code-classes',
		baseStyles: ({ styleVariants }) =>
			[
				paletteCss(tokenPalette(styleVariants)),
				...Array.from({ length: maxIndentClass }, (_, i) => `.ec-line.i${i + 1}{--ecIndent:${i + 1}ch}`),
				...Array.from({ length: maxLineFloor }, (_, i) => `pre.m${i}{--ecMaxLine:${i}ch}`),
			].join('\n'),
		hooks: {
			postprocessRenderedBlock: ({ renderData, styleVariants }) => {
				const palette = tokenPalette(styleVariants);
				const plain = codeForeground(styleVariants);
				const root: Root = { type: 'root', children: [renderData.blockAst] };
				visit(root, 'element', (element: Element, index, parent) => {
					if (element.tagName === 'span') {
						// A token in the code's own colour, straight in the line, is just text (about a third of all
						// tokens, mostly spaces and punctuation): it would paint exactly what it inherits.
						const isPlain = tokenClasses(element, palette, plain);
						if (isPlain && index !== undefined && parent?.type === 'element' && takesCodeColour(parent)) {
							parent.children.splice(index, 1, ...element.children);
							return index;
						}
					} else if (element.tagName === 'div' && getClassNames(element).includes('ec-line')) {
						layoutClass(element, '--ecIndent', (n) => (n >= 1 && n <= maxIndentClass ? `i${n}` : undefined));
					} else if (element.tagName === 'pre') {
						layoutClass(element, '--ecMaxLine', (n) => (n >= maxLineFloor ? null : `m${n}`));
					}
				});
			},
		},
	});
