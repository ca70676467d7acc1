/**
 * The theme-color meta tags follow the OS colour scheme; when the reader picks the other theme in Starlight's
 * theme menu, point both at that theme's toolbar colour so the browser bar matches the page.
 */
export function followThemeColor(): void {
	const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"][data-theme-color]')];
	const colors = new Map(metas.map((meta) => [meta.dataset.themeColor, meta.content]));
	const apply = () => {
		const color = colors.get(document.documentElement.dataset.theme);
		if (color) for (const meta of metas) meta.content = color;
	};
	apply();
	new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
