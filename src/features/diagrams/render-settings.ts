/**
 * The diagram palette: one role per colour. Mermaid draws every diagram once in the light values; the
 * render step swaps each light colour for a class (`f-<role>` for fill, `s-<role>` for stroke) and
 * diagrams.css points those classes at `--dg-<role>` custom properties, which take the dark values under
 * Starlight's dark theme. So every light value must be distinct (it names its role), and diagrams.css must
 * hold the same two values (tests/unit/diagram-palette.test.ts checks both).
 * The values are the site's own: Starlight's page and text colours, the teal accent, the amber highlight.
 */
export const palette = {
	/** Words: Starlight's text colour on the page (14:1 or better on every fill below, both themes). */
	text: { light: '#17181c', dark: '#eceef2' },
	/** Arrows and lifelines: 3:1 or better against the page (WCAG 1.4.11). */
	line: { light: '#5b606b', dark: '#9ba1ad' },
	/** Boxes: a faint accent tint with an accent border. */
	node: { light: '#f0fdfa', dark: '#0f2e2b' },
	'node-border': { light: '#0f766e', dark: '#2bb5a7' },
	/** Groups (subgraphs, sequence loops): neutral, so the boxes inside stand out. */
	group: { light: '#f4f5f7', dark: '#23262d' },
	'group-border': { light: '#9aa0ab', dark: '#5d6370' },
	/** Emphasis (sequence activations, the "alt" label box): the accent, stronger. */
	emphasis: { light: '#ccfbf1', dark: '#134e4a' },
	/** Notes: the amber highlight. */
	note: { light: '#fef3c7', dark: '#3b2d0c' },
	'note-border': { light: '#b45309', dark: '#d9a23a' },
	/** Behind edge labels and alternate table rows: the page itself. */
	page: { light: '#ffffff', dark: '#17181c' },
} as const;

export type PaletteRole = keyof typeof palette;

const light = (role: PaletteRole) => palette[role].light;

/** The same text everywhere Mermaid has its own name for it. */
const textColours = Object.fromEntries(
	[
		'primaryTextColor',
		'secondaryTextColor',
		'tertiaryTextColor',
		'textColor',
		'titleColor',
		'nodeTextColor',
		'noteTextColor',
		'actorTextColor',
		'labelTextColor',
		'loopTextColor',
		'signalTextColor',
		'classText',
		'relationLabelColor',
	].map((name) => [name, light('text')]),
);

/** Mermaid settings; part of every cache key. */
export const renderSettings = {
	startOnLoad: false,
	securityLevel: 'strict',
	// The site's font stack (src/styles/theme.css): nothing fetched from a third party, and SVG text stays text.
	fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", sans-serif',
	htmlLabels: false,
	// Mermaid 12 wraps flowchart labels at 120px, which splits words such as "DispatcherServlet" mid-word;
	// 200px (Mermaid 11's width) keeps every identifier on the site whole but the longest access tuples.
	flowchart: { htmlLabels: false, useMaxWidth: false, curve: 'basis', wrappingWidth: 200 },
	sequence: { useMaxWidth: false },
	er: { useMaxWidth: false },
	deterministicIds: true,
	// `base` is the one Mermaid theme meant to be recoloured: every colour below is set, none derived.
	theme: 'base',
	themeVariables: {
		...textColours,
		background: light('page'),
		primaryColor: light('node'),
		mainBkg: light('node'),
		nodeBkg: light('node'),
		actorBkg: light('node'),
		primaryBorderColor: light('node-border'),
		nodeBorder: light('node-border'),
		actorBorder: light('node-border'),
		secondaryColor: light('group'),
		clusterBkg: light('group'),
		secondaryBorderColor: light('group-border'),
		clusterBorder: light('group-border'),
		tertiaryColor: light('emphasis'),
		tertiaryBorderColor: light('node-border'),
		labelBoxBkgColor: light('emphasis'),
		labelBoxBorderColor: light('node-border'),
		activationBkgColor: light('emphasis'),
		activationBorderColor: light('node-border'),
		noteBkgColor: light('note'),
		noteBorderColor: light('note-border'),
		lineColor: light('line'),
		defaultLinkColor: light('line'),
		arrowheadColor: light('line'),
		signalColor: light('line'),
		actorLineColor: light('line'),
		border2: light('group-border'),
		edgeLabelBackground: light('page'),
		labelBackgroundColor: light('page'),
		relationColor: light('line'),
		relationLabelBackground: light('page'),
		rowOdd: light('page'),
		rowEven: light('group'),
		attributeBackgroundColorOdd: light('page'),
		attributeBackgroundColorEven: light('group'),
		sequenceNumberColor: light('page'),
		strokeWidth: 1,
	},
} as const;

/** Bump when the post-processing in src/features/diagrams/render/ changes, so every cached SVG is re-rendered. */
export const pipelineVersion = 7;
