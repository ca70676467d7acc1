import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h, s } from 'hastscript';
import type { CachedDiagram } from './cache.ts';
import type { DiagramSource } from './source.ts';

/** The smallest text a diagram may show at on a desktop (issue 16's fit rule). */
export const readableTextPx = 12;

/**
 * The narrowest width at which every label of the diagram is still `readableTextPx` on screen, rounded
 * up to the 100px steps of the `.diagram-fit-*` rules in diagrams.css (0: small enough never to matter).
 * At 1024px and wider the SVG never shrinks below it: it scales to the column when that is wide enough,
 * and is otherwise shown at this width, cut off at the frame's edge with a fade, beside "Enlarge diagram".
 */
export function readableWidth(svg: string, width: number): number {
	const sizes = [...svg.matchAll(/\sfont-size="([\d.]+)px"/g)].map((match) => Number(match[1]));
	const smallest = Math.min(16, ...sizes);
	const step = Math.ceil((width * readableTextPx) / smallest / 100) * 100;
	const fitted = Math.min(step, Math.floor(width / 100) * 100);
	return fitted >= 300 ? Math.min(fitted, 2000) : 0;
}

function diagramSvg(svg: string, fitWidth: number): Element {
	const root = fromHtml(svg, { fragment: true, space: 'svg' });
	const element = root.children.find((node): node is Element => node.type === 'element');
	if (!element) throw new Error('cached diagram holds no <svg> element');
	// Classes, not a style attribute, so a strict CSP without 'unsafe-inline' styles still applies them.
	// The SVG's own classes are palette colours (render-settings.ts) and stay.
	const own = (element.properties.className as string[] | undefined) ?? [];
	element.properties.className = ['diagram-svg', ...(fitWidth ? [`diagram-fit-${fitWidth}`] : []), ...own];
	element.properties.role = 'img';
	return element;
}

/**
 * Opens the zoom view (zoom-view.ts, loaded on the first press by DiagramZoom.astro) for the figure it sits in;
 * also used by the topic map (src/features/learning/).
 */
export function enlargeButton(title: string, label = 'Enlarge diagram'): Element {
	return h(
		'button.diagram-enlarge.not-content',
		{
			type: 'button',
			dataDiagramEnlarge: '',
			ariaHasPopup: 'dialog',
			// A control, not content: kept out of search results like the rest of the page chrome.
			dataPagefindIgnore: '',
		},
		[
			s(
				'svg',
				{ ariaHidden: 'true', viewBox: '0 0 24 24', width: 16, height: 16, className: ['diagram-enlarge-icon'] },
				[s('path', { d: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5' })],
			),
			label,
			h('span.sr-only', `: ${title}`),
		],
	);
}

/**
 * The finished figure: the SVG (diagrams.css colours it for Starlight's theme), the description as a
 * visible caption, and the diagram's words as text so search indexes them.
 * `suffix` keeps ids unique when the same diagram appears twice on one page.
 */
export function diagramFigure(source: DiagramSource, cached: CachedDiagram, key: string, suffix = ''): Element {
	const svg = diagramSvg(
		suffix ? cached.svg.replaceAll(`d${key}`, `d${key}${suffix}`) : cached.svg,
		readableWidth(cached.svg, cached.width),
	);
	return h('figure.diagram', { dataDiagram: key }, [
		// Never scrolls: the SVG fits, or is cut off with a fade and the button below shows all of it.
		h('div.diagram-frame', { role: 'region', ariaLabel: `Diagram: ${source.title}` }, [svg]),
		enlargeButton(source.title),
		h('figcaption.diagram-caption', [
			h('span.diagram-description', source.description),
			h('details.diagram-text', [
				h('summary', 'Text in this diagram'),
				h(
					'ul',
					cached.labels.map((label) => h('li', label)),
				),
			]),
		]),
	]);
}
