import type { StyleVariant } from '@astrojs/starlight/expressive-code';

/**
 * Every custom property Expressive Code can write on a syntax token, per theme, and the short class that stands for
 * it. Expressive Code's Shiki plugin colours a token with `--0:<dark colour>;--1:<light colour>` (plus `--0fs:italic`
 * and the like), always a value from the theme's own rules or its default text colour (after Expressive Code raised
 * its contrast). The themes are known when the config loads, so the list is too: the stylesheet is made once, at
 * config time, and a class name depends only on the themes (sorted), never on which page rendered first.
 *
 * Class names: a letter per theme (`a` = theme 0 = `--0…`, `b` = theme 1) and the entry's index in base 36 (`a3`,
 * `b1c`). Only Expressive Code's stylesheet defines them, inside `.expressive-code`.
 */
export type Palette = Map<string, string>;

/** `--0:#C792EA` and `--0:#c792ea` are one colour: the palette keys use lower case. */
export const declarationKey = (property: string, value: string) => `${property}:${value.trim().toLowerCase()}`;

const decorations = ['underline', 'line-through', 'underline line-through'];

function declarationsOf({ theme }: StyleVariant, index: number): string[] {
	const prefix = `--${index}`;
	const found = new Set<string>();
	const colour = (property: string, value: unknown) => {
		if (typeof value === 'string' && value) found.add(declarationKey(property, value));
	};
	colour(prefix, theme.fg);
	for (const { settings } of theme.settings) {
		colour(prefix, settings.foreground);
		// Token backgrounds are rare (Shiki passes a rule's `background` on), but possible.
		colour(`${prefix}bg`, (settings as { background?: string }).background);
	}
	found.add(`${prefix}fs:italic`);
	found.add(`${prefix}fw:bold`);
	for (const value of decorations) found.add(`${prefix}td:${value}`);
	return [...found].sort();
}

const cache = new WeakMap<StyleVariant[], Palette>();

/** The palette of the configured themes (the same array object every time for one engine, so it is cached). */
export function tokenPalette(styleVariants: StyleVariant[]): Palette {
	let palette = cache.get(styleVariants);
	if (!palette) {
		palette = new Map();
		for (const [index, variant] of styleVariants.entries()) {
			const letter = String.fromCharCode(97 + index);
			for (const [entry, declaration] of declarationsOf(variant, index).entries()) {
				palette.set(declaration, `${letter}${entry.toString(36)}`);
			}
		}
		cache.set(styleVariants, palette);
	}
	return palette;
}

/** One rule per class, declaring exactly what the `style` attribute used to: `.a3{--0:#c792ea}`. */
export const paletteCss = (palette: Palette) =>
	[...palette].map(([declaration, name]) => `.${name}{${declaration}}`).join('\n');

/**
 * The code's own text colour per theme as palette keys (`--0:#d6deeb`, `--1:#403f53`): what `pre > code` paints
 * (`var(--ec-codeFg)`) and so what a token in that colour inherits anyway. Not a colour (a `var()`): no key.
 */
export function codeForeground(styleVariants: StyleVariant[]): Set<string> {
	const keys = new Set<string>();
	for (const [index, variant] of styleVariants.entries()) {
		const colour = variant.resolvedStyleSettings.get('codeForeground');
		if (colour && /^#[0-9a-f]+$/i.test(colour)) keys.add(declarationKey(`--${index}`, colour));
	}
	return keys;
}
