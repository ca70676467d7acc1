/**
 * The installable app: what the web app manifest, the icons and the theme-color meta tags say.
 * Colours are Starlight's navigation bar in each theme, so the browser's toolbar blends into the header,
 * and the brand teal from src/styles/theme.css for the installed app's title bar.
 */
export const webApp = {
	name: 'Backend 2026',
	shortName: 'Backend 2026',
	description:
		'Backend development as it stands in 2026: foundations, languages, the stack, data, security, architecture, trends and a learning path. Works offline.',
	/** Brand teal (the logo's background); the installed app's title bar. */
	themeColor: '#0f766e',
	/** Starlight's dark page background: the splash screen of the installed app. */
	backgroundColor: '#17181c',
	/** Starlight's navigation bar per theme, for `<meta name="theme-color">`. */
	toolbar: { light: '#f6f7f9', dark: '#23262f' },
	/** Source of every icon; the PNGs are rendered from it at build time (src/pages/icons/). */
	logo: 'src/assets/logo.svg',
} as const;

export interface AppIcon {
	/** File name under /icons/, without `.png`. */
	name: string;
	size: number;
	/**
	 * `any`: the logo as drawn, rounded corners transparent.
	 * `maskable`: full-bleed square so launchers can cut their own shape; the logo's lines sit well inside
	 * the 80 % safe zone already, so no extra padding is needed.
	 */
	purpose: 'any' | 'maskable';
}

export const appIcons: AppIcon[] = [
	{ name: 'icon-192', size: 192, purpose: 'any' },
	{ name: 'icon-512', size: 512, purpose: 'any' },
	{ name: 'maskable-192', size: 192, purpose: 'maskable' },
	{ name: 'maskable-512', size: 512, purpose: 'maskable' },
	// iOS ignores the manifest's icons and rounds this one itself, so it is full-bleed too.
	{ name: 'apple-touch-icon', size: 180, purpose: 'maskable' },
];

export const iconHref = (icon: AppIcon) => `/icons/${icon.name}.png`;
