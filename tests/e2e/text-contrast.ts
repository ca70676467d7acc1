/**
 * Runs in the page: the contrast ratio of every visible text that axe-core does not measure here, against what is
 * painted behind it:
 * - diagram labels: axe-core skips SVG text. The SVGs carry their colours as presentation attributes, so computed
 *   `fill` is exactly what the reader sees.
 * - code-block tokens: axe-core measures them, but slowly (it probes the layers under every one of several thousand
 *   token spans per page, most of the suite's time). Tokens sit on the code block's own backgrounds (the block, a
 *   highlighted line), so the colours of the token and of its ancestors decide the ratio exactly; a11y.test.ts
 *   excludes code blocks from axe's colour rules and checks them here instead.
 */
export interface TextContrast {
	kind: 'diagram' | 'code';
	text: string;
	ratio: number;
	foreground: string;
	background: string;
}

export function measureTextContrast(): TextContrast[] {
	type Rgba = [number, number, number, number];
	const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
	/** Any CSS colour to RGBA, via the canvas (which normalises names, hex and rgb()). */
	const parse = (color: string, opacity = 1): Rgba => {
		canvas.fillStyle = '#000';
		canvas.fillStyle = color;
		const normal = canvas.fillStyle;
		if (normal.startsWith('#')) {
			const n = Number.parseInt(normal.slice(1), 16);
			return [(n >> 16) & 255, (n >> 8) & 255, n & 255, opacity];
		}
		const [r, g, b, a = 1] = (normal.match(/[\d.]+/g) ?? []).map(Number) as number[];
		return [r as number, g as number, b as number, a * opacity];
	};
	const over = (top: Rgba, bottom: Rgba): Rgba => {
		const a = top[3];
		return [0, 1, 2].map((i) => (top[i] as number) * a + (bottom[i] as number) * (1 - a)).concat(1) as Rgba;
	};
	const luminance = ([r, g, b]: Rgba) => {
		const channel = (value: number) => {
			const c = value / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
	};
	const ratio = (a: Rgba, b: Rgba) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
		return (hi + 0.05) / (lo + 0.05);
	};
	const opacityOf = (element: Element) => {
		let opacity = 1;
		for (let node: Element | null = element; node && node.tagName !== 'svg'; node = node.parentElement) {
			opacity *= Number(getComputedStyle(node).opacity);
		}
		return opacity;
	};
	const shapes = new Set(['rect', 'path', 'polygon', 'circle', 'ellipse']);
	/** The colour painted at a point of an SVG: shape fills stacked over the frame's background. */
	const backgroundAt = (svg: SVGSVGElement, x: number, y: number): Rgba => {
		const frame = svg.closest('.diagram-frame') as HTMLElement;
		let colour = parse(getComputedStyle(frame).backgroundColor);
		const layers = document
			.elementsFromPoint(x, y)
			.filter((element) => svg.contains(element) && shapes.has(element.tagName))
			.filter((element) => getComputedStyle(element).fill !== 'none');
		for (const layer of layers.reverse()) {
			const style = getComputedStyle(layer);
			const alpha = Number(style.fillOpacity) * opacityOf(layer);
			colour = over(parse(style.fill, alpha), colour);
		}
		return colour;
	};
	const results: TextContrast[] = [];
	for (const svg of document.querySelectorAll<SVGSVGElement>('figure.diagram svg')) {
		if (svg.getBoundingClientRect().width === 0) continue;
		// The element that holds the words decides their colour: a <tspan> often overrides its <text>.
		const holders = [...svg.querySelectorAll('text, tspan')].filter((element) =>
			[...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
		);
		for (const text of holders) {
			text.scrollIntoView({ block: 'center', inline: 'center' });
			const box = text.getBoundingClientRect();
			const style = getComputedStyle(text);
			const foreground = parse(style.fill, Number(style.fillOpacity) * opacityOf(text));
			let worst = Number.POSITIVE_INFINITY;
			let worstBackground: Rgba = [0, 0, 0, 1];
			for (const fraction of [0.2, 0.5, 0.8]) {
				const background = backgroundAt(svg, box.left + box.width * fraction, box.top + box.height / 2);
				const value = ratio(over(foreground, background), background);
				if (value < worst) [worst, worstBackground] = [value, background];
			}
			results.push({
				kind: 'diagram',
				text: text.textContent?.trim() ?? '',
				ratio: Math.round(worst * 100) / 100,
				foreground: style.fill,
				background: `rgb(${worstBackground.slice(0, 3).map(Math.round).join(', ')})`,
			});
		}
	}
	/** The colour behind an element: its own and its ancestors' backgrounds, stacked up to the first opaque one. */
	const backgroundOf = (element: Element): Rgba => {
		const layers: Rgba[] = [];
		for (let node: Element | null = element; node; node = node.parentElement) {
			const layer = parse(getComputedStyle(node).backgroundColor);
			if (layer[3] > 0) layers.push(layer);
			if (layer[3] >= 1) break;
		}
		return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
	};
	const seen = new Set<string>();
	for (const token of document.querySelectorAll('.expressive-code pre *')) {
		const words = [...token.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
		if (!words || !token.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
		const style = getComputedStyle(token);
		const background = backgroundOf(token);
		const foreground = over(parse(style.color, opacityOf(token)), background);
		const pair = `${foreground}|${background}`;
		if (seen.has(pair)) continue;
		seen.add(pair);
		results.push({
			kind: 'code',
			text: token.textContent?.trim() ?? '',
			ratio: Math.round(ratio(foreground, background) * 100) / 100,
			foreground: style.color,
			background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
		});
	}
	return results;
}
