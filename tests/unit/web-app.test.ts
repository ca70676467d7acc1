import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { appIcons } from '../../src/config/web-app.ts';
import { renderAppIcon } from '../../src/lib/app-icon.ts';
import { webAppManifest } from '../../src/pages/manifest.webmanifest.ts';

/** RGBA of the top-left pixel: transparent for the logo as drawn, teal for a full-bleed icon. */
async function corner(png: Buffer): Promise<number[]> {
	const { data } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return [...data.subarray(0, 4)];
}

describe('web app manifest', () => {
	it('installs at the site root with 192 and 512 px icons in both purposes', () => {
		const manifest = webAppManifest();
		expect(manifest).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone' });
		expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
			'192x192 any',
			'512x512 any',
			'192x192 maskable',
			'512x512 maskable',
		]);
	});
});

describe('app icons', () => {
	it.each(appIcons)('$name is a $size px PNG rendered from the logo', async (icon) => {
		const png = await renderAppIcon(icon);
		const { format, width, height } = await sharp(png).metadata();
		expect([format, width, height]).toEqual(['png', icon.size, icon.size]);
		const [red, green, blue, alpha] = await corner(png);
		if (icon.purpose === 'maskable') expect([red, green, blue, alpha]).toEqual([0x0f, 0x76, 0x6e, 255]);
		else expect(alpha).toBe(0);
	});
});
