import { describe, expect, it } from 'vitest';
import { roundCoordinates, scopeIds, svgLabels } from '../../src/diagrams/svg-text.ts';

describe('scopeIds', () => {
	it('prefixes ids and every reference to them', () => {
		const svg =
			'<svg id="m-0" aria-labelledby="t-0 x"><title id="t-0">T</title><style>#m-0 .node{fill:red}</style>' +
			'<marker id="m-0_arrow"/><path marker-end="url(#m-0_arrow)"/></svg>';
		expect(scopeIds(svg, 'dabc-light')).toBe(
			'<svg id="dabc-light-m-0" aria-labelledby="dabc-light-t-0 x"><title id="dabc-light-t-0">T</title>' +
				'<style>#dabc-light-m-0 .node{fill:red}</style><marker id="dabc-light-m-0_arrow"/>' +
				'<path marker-end="url(#dabc-light-m-0_arrow)"/></svg>',
		);
	});
});

describe('svgLabels', () => {
	it('collects unique, decoded text labels', () => {
		const svg =
			'<svg><text x="1"><tspan>Load</tspan> <tspan>balancer</tspan></text><text>A &amp; B</text><text>A &amp; B</text><text> </text></svg>';
		expect(svgLabels(svg)).toEqual(['Load balancer', 'A & B']);
	});
});

describe('roundCoordinates', () => {
	it('rounds long decimals in attribute values only', () => {
		expect(
			roundCoordinates('<path d="M 1.23456 -7.00001 L 3.5 4" width="191.11886596679688"/><text>3.14159</text>'),
		).toBe('<path d="M 1.23 -7 L 3.5 4" width="191.12"/><text>3.14159</text>');
	});

	it("keeps compact path data's numbers apart (Mermaid's actor icons)", () => {
		expect(roundCoordinates('<path d="M12.258.001l.256.004.255.005 12.001.5v-17.0001"/>')).toBe(
			'<path d="M12.26.001l.256.004.255.005 12.0.5v-17"/>',
		);
	});
});
