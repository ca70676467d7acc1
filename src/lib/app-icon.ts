import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { type AppIcon, webApp } from '../config/web-app.ts';

/** Renders one app icon from the logo SVG, at a density high enough that edges stay crisp at 512 px. */
export async function renderAppIcon(icon: AppIcon, logoPath = webApp.logo): Promise<Buffer> {
	const svg = await readFile(logoPath);
	let image = sharp(svg, { density: 72 * Math.ceil(icon.size / 32) }).resize(icon.size, icon.size);
	// Filling the transparent rounded corners with the logo's own teal makes the full-bleed maskable square.
	if (icon.purpose === 'maskable') image = image.flatten({ background: webApp.themeColor });
	return image.png({ compressionLevel: 9 }).toBuffer();
}
