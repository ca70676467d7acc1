import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { CachedDiagram } from './cache.ts';
import type { DiagramSource } from './source.ts';

/**
 * A diagram never shrinks below ~80% of its natural size (text stays legible); its frame scrolls
 * instead. Widths come in 50px steps matching the `.diagram-min-*` rules in src/features/diagrams/diagrams.css.
 */
const minWidthClass = (width: number) => {
	const step = Math.floor((width * 0.8) / 50) * 50;
	return step >= 300 ? Math.min(step, 1000) : 0;
};

function diagramSvg(svg: string, minWidth: number): Element {
	const root = fromHtml(svg, { fragment: true, space: 'svg' });
	const element = root.children.find((node): node is Element => node.type === 'element');
	if (!element) throw new Error('cached diagram holds no <svg> element');
	// Classes, not a style attribute, so a strict CSP without 'unsafe-inline' styles still applies them.
	// The SVG's own classes are palette colours (render-settings.ts) and stay.
	const own = (element.properties.className as string[] | undefined) ?? [];
	element.properties.className = ['diagram-svg', ...(minWidth ? [`diagram-min-${minWidth}`] : []), ...own];
	element.properties.role = 'img';
	return element;
}

/**
 * The finished figure: the SVG (diagrams.css colours it for Starlight's theme), the description as a
 * visible caption, and the diagram's words as text so search indexes them.
 * `suffix` keeps ids unique when the same diagram appears twice on one page.
 */
export function diagramFigure(source: DiagramSource, cached: CachedDiagram, key: string, suffix = ''): Element {
	const svg = diagramSvg(
		suffix ? cached.svg.replaceAll(`d${key}`, `d${key}${suffix}`) : cached.svg,
		minWidthClass(cached.width),
	);
	return h('figure.diagram', { dataDiagram: key }, [
		h('div.diagram-frame', { tabIndex: 0, role: 'region', ariaLabel: `Diagram: ${source.title}` }, [svg]),
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
