import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { cardSize } from './paths.ts';

/**
 * Files the card renderer reads from disk. astro-og-canvas (CanvasKit) takes file paths, decodes PNG but not
 * SVG, so the logo and the decorative background are rasterised once per build with sharp. Neither holds text,
 * so librsvg needs no font and the result is the same on every machine.
 */
export interface CardAssets {
	font: string;
	logo: string;
	background: string;
}

const require = createRequire(import.meta.url);
// Paths from the project root (where Astro builds run), not from this file, which Vite bundles elsewhere.
const cacheDir = resolve('node_modules/.cache/backend2026-og');
const logoSvg = resolve('src/assets/logo.svg');

/**
 * The logo's three lines and amber dots, drawn large and faint at the top right, with an amber rule at the foot.
 * The gradient runs top to bottom only: every row is then one colour, which PNG compresses to ~30 KiB a card
 * (a diagonal one made ~100 KiB cards, and palette quantisation left visible blotches in it).
 */
function backgroundSvg(): string {
	const { width, height } = cardSize;
	const line = (y: number) =>
		`<path d="M760 ${y}h380" stroke="#ccfbf1" stroke-opacity="0.14" stroke-width="22" stroke-linecap="round"/>`;
	const dot = (x: number, y: number) => `<circle cx="${x}" cy="${y}" r="17" fill="#fbbf24" fill-opacity="0.9"/>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
	<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
		<stop offset="0" stop-color="#042f2c"/><stop offset="1" stop-color="#0f766e"/>
	</linearGradient></defs>
	<rect width="${width}" height="${height}" fill="url(#bg)"/>
	${line(84)}${line(144)}${line(204)}
	${dot(1070, 84)}${dot(880, 144)}${dot(1013, 204)}
	<rect y="${height - 12}" width="${width}" height="12" fill="#fbbf24"/>
</svg>`;
}

let assets: Promise<CardAssets> | undefined;

export function cardAssets(): Promise<CardAssets> {
	assets ??= (async () => {
		await mkdir(cacheDir, { recursive: true });
		const logo = join(cacheDir, 'logo.png');
		const background = join(cacheDir, 'background.png');
		await writeFile(
			logo,
			await sharp(await readFile(logoSvg), { density: 72 * 4 })
				.resize(112, 112)
				.png()
				.toBuffer(),
		);
		await writeFile(background, await sharp(Buffer.from(backgroundSvg())).png().toBuffer());
		// Inter from @fontsource-variable: a local file, so the build never fetches a font (the renderer's default
		// is a remote Noto Sans). The latin subset covers every title on the site, dashes and quotes included.
		const font = require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2');
		return { font, logo, background };
	})();
	return assets;
}
