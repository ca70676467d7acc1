import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { CachedDiagram } from './diagram-cache.ts';
import type { DiagramSource } from './diagram-source.ts';
import { themes } from './render-settings.ts';

/** Wider than this, the SVG keeps 80% of its natural size and its frame scrolls instead of shrinking the text. */
const phoneFriendlyScale = 0.8;

function themedSvg(svg: string, theme: string, minWidth: number): Element {
	const root = fromHtml(svg, { fragment: true, space: 'svg' });
	const element = root.children.find((node): node is Element => node.type === 'element');
	if (!element) throw new Error('cached diagram holds no <svg> element');
	element.properties.className = ['diagram-svg', `diagram-${theme}`];
	element.properties.role = 'img';
	element.properties.style = `min-width:${minWidth}px`;
	return element;
}

/**
 * The finished figure: both themed SVGs (CSS shows the one matching Starlight's theme), the
 * description as a visible caption, and the diagram's words as text so search indexes them.
 * `suffix` keeps ids unique when the same diagram appears twice on one page.
 */
export function diagramFigure(source: DiagramSource, cached: CachedDiagram, key: string, suffix = ''): Element {
	const minWidth = Math.round(Math.min(cached.width, 320) + Math.max(0, cached.width - 320) * phoneFriendlyScale);
	const svgs = themes.map((theme) => {
		const svg = suffix ? cached.svg[theme].replaceAll(`d${key}`, `d${key}${suffix}`) : cached.svg[theme];
		return themedSvg(svg, theme, Math.min(minWidth, cached.width));
	});
	return h('figure.diagram', { dataDiagram: key }, [
		h('div.diagram-frame', { tabIndex: 0, role: 'region', ariaLabel: `Diagram: ${source.title}` }, svgs),
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
