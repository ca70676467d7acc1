import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { codeClasses } from '../features/code-blocks/plugin.ts';
import { classedRenderer } from '../features/code-blocks/renderer.ts';

type ExpressiveCodeOptions = Exclude<NonNullable<StarlightUserConfig['expressiveCode']>, boolean>;
type ShikiOptions = Exclude<NonNullable<ExpressiveCodeOptions['shiki']>, boolean>;

/**
 * Shiki stops tokenizing a line after 500 ms by default (`tokenizeTimeLimit`) and emits the rest of the line as one
 * token. The first block of each language in a build pays for compiling that grammar's regular expressions, and on
 * a busy machine that alone can pass 500 ms: the first line of that block then gets one colour for everything after
 * the cut (seen as `import express from "express";` all purple in the dark theme on /stack/frameworks/, in about one
 * build in five). Which block is first depends on page rendering order, so the output changed from build to build.
 * Our code is short and written by us, so there is no runaway line to guard against: tokenize every line fully.
 * Expressive Code has no option for this; a transformer's `preprocess` hook receives the tokenize options it uses.
 */
export const fullLineTokenizing = {
	name: 'backend-2026:full-line-tokenizing',
	preprocess(_code: string, options: { tokenizeTimeLimit?: number }) {
		options.tokenizeTimeLimit = 0;
	},
};

/** Expressive Code (Starlight's code blocks). */
export const expressiveCode = {
	// Long code lines wrap instead of scrolling: no keyboard-unreachable scroll areas, nothing to swipe sideways on
	// a phone. Expressive Code keeps the indentation of wrapped lines.
	defaultProps: { wrap: true },
	shiki: { transformers: [fullLineTokenizing] } satisfies ShikiOptions,
	// Token colours, indents and short-line widths as classes, not style attributes: half the markup of a code
	// block and far fewer CSP hashes (src/features/code-blocks/README.md).
	plugins: [codeClasses()],
	customCreateRenderer: classedRenderer,
} satisfies ExpressiveCodeOptions;
