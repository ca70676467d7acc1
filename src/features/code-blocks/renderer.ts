import { createRenderer, type RehypeExpressiveCodeOptions } from '@astrojs/starlight/expressive-code';
import { tokenPalette } from './palette.ts';
import { maxLineFloor } from './plugin.ts';

/** Expressive Code's selector for a token in its per-theme rule (`color: var(--0, inherit)` and so on). */
const tokenSelector = "span[style^='--']:not([class])";
/** The rule that makes `--ecMaxLine` matter only below 20ch (see `maxLineFloor` in plugin.ts). */
const maxLineRule = `min(${maxLineFloor}ch, var(--ecMaxLine, ${maxLineFloor}ch))`;

export class CodeClassesError extends Error {
	constructor(what: string) {
		super(
			`Expressive Code's stylesheet no longer has ${what}, which src/features/code-blocks/ relies on.\n` +
				'  Fix: read the new CSS in node_modules/@expressive-code/core and update src/features/code-blocks/ to match.',
		);
		this.name = 'CodeClassesError';
	}
}

/**
 * Expressive Code's renderer, with its per-theme token rule extended to our token classes. Which of `--0`/`--1` a
 * token reads is decided by that rule, written once per theme under the theme's selector (`[data-theme='light']`,
 * the `prefers-color-scheme` fallback, blocks with a theme of their own). Adding our classes to the same selector
 * keeps all of that Expressive Code's, instead of rewriting it. The plugin API has no hook into the theme styles
 * (a plugin's `baseStyles` cannot see the theme selectors), so this wraps the renderer, which
 * astro-expressive-code lets a config do (`customCreateRenderer`), and turns both into one file, `ec.<hash>.css`.
 */
export async function classedRenderer(options: RehypeExpressiveCodeOptions) {
	const renderer = await createRenderer(options);
	if (!renderer.themeStyles.includes(tokenSelector)) throw new CodeClassesError(`the token selector ${tokenSelector}`);
	if (!renderer.baseStyles.includes(maxLineRule)) throw new CodeClassesError(`the rule ${maxLineRule}`);
	const classes = [...new Set(tokenPalette(renderer.ec.styleVariants).values())].map((name) => `.${name}`);
	renderer.themeStyles = renderer.themeStyles.replaceAll(tokenSelector, [tokenSelector, ...classes].join(','));
	return renderer;
}
