import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../../lib/chromium.ts';

/**
 * Mermaid styles its SVG with an embedded <style> sheet. Inside MDX that sheet is mangled
 * (Astro emits it as a `set:html` attribute) and a strict CSP would block it anyway, so we
 * bake the computed styles into SVG presentation attributes and drop the sheet and style attributes.
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

function inlineAll({
	svgs,
	props,
	inheritedProps,
	initialValues,
}: {
	svgs: string[];
	props: string[];
	inheritedProps: string[];
	initialValues: Record<string, string>;
}): string[] {
	const inheritable = new Set(inheritedProps);
	return svgs.map((svg) => {
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
			const parent = element.parentElement && values.get(element.parentElement);
			for (const name of props) {
				const value = own[name];
				if (!value) continue;
				const inheritedSame = parent ? inheritable.has(name) && parent[name] === value : false;
				const initialSame = (!parent || !inheritable.has(name)) && initialValues[name] === value;
				if (inheritedSame || initialSame) continue;
				element.setAttribute(name, value);
			}
			element.removeAttribute('style');
			// Mermaid's classes and data attributes only served the stylesheet and its own scripts.
			if (element !== root) element.removeAttribute('class');
			for (const attribute of [...element.attributes]) {
				if (attribute.name.startsWith('data-')) element.removeAttribute(attribute.name);
			}
		}
		for (const sheet of root.querySelectorAll('style')) sheet.remove();
		const out = new XMLSerializer().serializeToString(root);
		host.remove();
		return out;
	});
}

export async function inlineStyles(svgs: string[]): Promise<string[]> {
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
	try {
		const page = await browser.newPage();
		return await page.evaluate(inlineAll, {
			svgs,
			props: properties,
			inheritedProps: [...inherited],
			initialValues: initial,
		});
	} finally {
		await browser.close();
	}
}
