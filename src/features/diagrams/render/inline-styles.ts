import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../../lib/chromium.ts';
import { type PaletteRole, palette } from '../render-settings.ts';

/**
 * Mermaid styles its SVG with an embedded <style> sheet. Inside MDX that sheet is mangled
 * (Astro emits it as a `set:html` attribute) and a strict CSP would block it anyway, so we
 * bake the computed styles into SVG presentation attributes and drop the sheet and style attributes.
 * Colours become classes instead (`f-node`: fill in the palette's node colour), because a presentation
 * attribute cannot hold `var()`: diagrams.css maps each class to a custom property that follows the theme.
 */
const properties = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
];
const inherited = new Set(properties.filter((name) => name !== 'opacity'));

/** SVG's own initial values: writing them out would only add bytes. */
const initial: Record<string, string> = {
	fill: 'rgb(0, 0, 0)',
	'fill-opacity': '1',
	stroke: 'none',
	'stroke-width': '1px',
	'stroke-dasharray': 'none',
	'stroke-opacity': '1',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	opacity: '1',
	'font-weight': '400',
	'font-style': 'normal',
	'text-anchor': 'start',
	'dominant-baseline': 'auto',
};

/** Colour properties whose values become palette classes, with the class prefix for each. */
const colourProperties: Record<string, string> = { fill: 'f', stroke: 's' };

/** `#0f766e` as Chromium computes it: `rgb(15, 118, 110)`. */
const computedColour = (hex: string) =>
	`rgb(${[1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;

export interface Inlined {
	svg: string;
	/** Colours Mermaid drew that no palette role names: the render must fail, or a theme would miss them. */
	unmapped: string[];
}

function inlineAll({
	svgs,
	props,
	inheritedProps,
	initialValues,
	roles,
	colourProps,
}: {
	svgs: string[];
	props: string[];
	inheritedProps: string[];
	initialValues: Record<string, string>;
	roles: Record<string, string>;
	colourProps: Record<string, string>;
}): Inlined[] {
	const inheritable = new Set(inheritedProps);
	return svgs.map((svg) => {
		const unmapped = new Set<string>();
		const host = document.createElement('div');
		document.body.append(host);
		host.innerHTML = svg;
		const root = host.querySelector('svg') as SVGSVGElement;
		const computed = new Map<Element, CSSStyleDeclaration>();
		const elements = [root, ...root.querySelectorAll('*')];
		for (const element of elements) computed.set(element, getComputedStyle(element));
		const values = new Map<Element, Record<string, string>>();
		for (const element of elements) {
			const style = computed.get(element) as CSSStyleDeclaration;
			values.set(element, Object.fromEntries(props.map((name) => [name, style.getPropertyValue(name)])));
		}
		for (const element of elements) {
			if (['style', 'title', 'desc', 'defs'].includes(element.tagName)) continue;
			const own = values.get(element) as Record<string, string>;
			const classes: string[] = [];
			const parent = element.parentElement && values.get(element.parentElement);
			for (const name of props) {
				const value = own[name];
				// Mermaid also draws some colours as attributes that its sheet overrides: only the computed value counts.
				element.removeAttribute(name);
				if (!value) continue;
				const inheritedSame = parent ? inheritable.has(name) && parent[name] === value : false;
				const initialSame = (!parent || !inheritable.has(name)) && initialValues[name] === value;
				if (inheritedSame || initialSame) continue;
				const prefix = colourProps[name];
				// Mermaid hard-codes black strokes for a few sequence arrowheads (cross, stick): they are lines.
				const role = prefix && (roles[value] ?? (name === 'stroke' && value === 'rgb(0, 0, 0)' ? 'line' : undefined));
				if (role) classes.push(`${prefix}-${role}`);
				else {
					// Fully transparent is no colour to theme.
					if (prefix && value !== 'none' && !/^rgba\(.*,\s*0\)$/.test(value))
						unmapped.add(`${name}: ${value} on <${element.tagName}>`);
					element.setAttribute(name, value);
				}
			}
			element.removeAttribute('style');
			// Mermaid's classes and data attributes only served the stylesheet and its own scripts.
			element.removeAttribute('class');
			if (classes.length > 0) element.setAttribute('class', classes.join(' '));
			for (const attribute of [...element.attributes]) {
				if (attribute.name.startsWith('data-')) element.removeAttribute(attribute.name);
			}
		}
		for (const sheet of root.querySelectorAll('style')) sheet.remove();
		const out = new XMLSerializer().serializeToString(root);
		host.remove();
		return { svg: out, unmapped: [...unmapped] };
	});
}

export async function inlineStyles(svgs: string[]): Promise<Inlined[]> {
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
	try {
		const page = await browser.newPage();
		return await page.evaluate(inlineAll, {
			svgs,
			props: properties,
			inheritedProps: [...inherited],
			initialValues: initial,
			roles: Object.fromEntries(
				Object.entries(palette).map(([role, { light }]) => [computedColour(light), role as PaletteRole]),
			),
			colourProps: colourProperties,
		});
	} finally {
		await browser.close();
	}
}
