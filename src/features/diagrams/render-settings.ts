/** Mermaid settings shared by both themes; part of every cache key. */
const common = {
	startOnLoad: false,
	securityLevel: 'strict',
	// System fonts: nothing fetched from a third party, and SVG text stays text.
	fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
	htmlLabels: false,
	flowchart: { htmlLabels: false, useMaxWidth: false, curve: 'basis' },
	sequence: { useMaxWidth: false },
	deterministicIds: true,
};

/** Bump when the post-processing in src/features/diagrams/render/ changes, so every cached SVG is re-rendered. */
export const pipelineVersion = 6;

/** One render per theme; the page shows the one matching Starlight's theme switch. */
export const renderSettings = {
	light: { ...common, theme: 'default' },
	// Mermaid's dark notes draw grey #b8b6b6 text on #474949: 4.49:1, just under WCAG AA's 4.5:1.
	// The light grey of every other dark-theme label reads at 6:1 there.
	dark: { ...common, theme: 'dark', themeVariables: { noteTextColor: '#d3d3d3' } },
} as const;

export type ThemeName = keyof typeof renderSettings;
export const themes = Object.keys(renderSettings) as ThemeName[];
