import { definePlugin, getClassNames, getInlineStyles, setInlineStyles } from '@astrojs/starlight/expressive-code';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { declarationKey, type Palette, paletteCss, tokenPalette } from './palette.ts';

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

/** A token span as Expressive Code's own CSS selects it: `span[style^='--']:not([class])`. */
function tokenClasses(element: Element, palette: Palette) {
	const style = element.properties.style;
	if (element.tagName !== 'span' || typeof style !== 'string' || !style.startsWith('--')) return;
	if (getClassNames(element).length > 0) return;
	const classes: string[] = [];
	const kept: string[] = [];
	// Expressive Code writes these as `name:value;name:value` (InlineStyleAnnotation); values have no `;`.
	for (const declaration of style.split(';')) {
		const colon = declaration.indexOf(':');
		const name = palette.get(declarationKey(declaration.slice(0, colon).trim(), declaration.slice(colon + 1)));
		if (name) classes.push(name);
		else if (declaration.trim()) kept.push(declaration);
	}
	element.properties.className = classes;
	if (kept.length > 0) element.properties.style = kept.join(';');
	else delete element.properties.style;
}

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
				const root: Root = { type: 'root', children: [renderData.blockAst] };
				visit(root, 'element', (element: Element) => {
					if (element.tagName === 'span') tokenClasses(element, palette);
					else if (element.tagName === 'div' && getClassNames(element).includes('ec-line')) {
						layoutClass(element, '--ecIndent', (n) => (n >= 1 && n <= maxIndentClass ? `i${n}` : undefined));
					} else if (element.tagName === 'pre') {
						layoutClass(element, '--ecMaxLine', (n) => (n >= maxLineFloor ? null : `m${n}`));
					}
				});
			},
		},
	});
