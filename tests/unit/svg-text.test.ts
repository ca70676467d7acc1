import { describe, expect, it } from 'vitest';
import {
	dropUnreferencedIds,
	roundCoordinates,
	scopeIds,
	svgLabels,
} from '../../src/features/diagrams/render/svg-text.ts';

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

	it('leaves paths in compact notation exactly as drawn', () => {
		expect(roundCoordinates('<path d="M0 0l.001-.045.002-.045 1.5.0451234v-17.12345"/>')).toBe(
			'<path d="M0 0l.001-.045.002-.045 1.5.0451234v-17.12345"/>',
		);
	});
});

describe('dropUnreferencedIds', () => {
	it('keeps the root id and ids something points at, drops the rest', () => {
		const svg =
			'<svg id="m-0" aria-labelledby="t"><title id="t">T</title><marker id="arrow"/>' +
			'<g id="node-A"><path id="edge-1" marker-end="url(#arrow)"/></g></svg>';
		expect(dropUnreferencedIds(svg)).toBe(
			'<svg id="m-0" aria-labelledby="t"><title id="t">T</title><marker id="arrow"/>' +
				'<g><path marker-end="url(#arrow)"/></g></svg>',
		);
	});
});
