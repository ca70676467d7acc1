import { describe, expect, it } from 'vitest';
import { layoutMap, renderMapSvg, wrapLabel } from '../../src/features/learning/topic-map.ts';

const topic = (id: string, section: string, prerequisites: string[] = []) => ({
	id,
	href: `/${id}/`,
	label: `Topic ${id.split('/')[1]}`,
	section,
	prerequisites,
});

const sections = [
	{ id: 'basics', label: 'Basics', topics: [topic('basics/a', 'basics'), topic('basics/b', 'basics', ['basics/a'])] },
	{
		id: 'advanced',
		label: 'Advanced',
		topics: [
			topic('advanced/c', 'advanced', ['basics/b']),
			topic('advanced/d', 'advanced', ['basics/a', 'advanced/c']),
		],
	},
];

describe('topic map', () => {
	it('wraps labels at spaces without splitting words', () => {
		expect(wrapLabel('Replication, partitioning and sharding', 22)).toEqual([
			'Replication,',
			'partitioning and',
			'sharding',
		]);
		expect(wrapLabel('Kubernetes')).toEqual(['Kubernetes']);
	});

	it('places every topic, one arrow per prerequisite, and later sections below earlier ones', async () => {
		const layout = await layoutMap(sections);
		expect(layout.topics.map((placed) => placed.id).sort()).toEqual([
			'advanced/c',
			'advanced/d',
			'basics/a',
			'basics/b',
		]);
		expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`).sort()).toEqual([
			'advanced/c>advanced/d',
			'basics/a>advanced/d',
			'basics/a>basics/b',
			'basics/b>advanced/c',
		]);
		const [basics, advanced] = layout.sections;
		expect(basics && advanced && basics.y + basics.height <= advanced.y).toBe(true);
		for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
	});

	it('renders each topic as a link marked for the progress script, inside a titled SVG', async () => {
		const svg = renderMapSvg(await layoutMap(sections), 'map-title');
		expect(svg).toContain('aria-labelledby="map-title"');
		expect(svg.match(/<a href="\/[^"]+\/" class="map-topic" data-map-topic="\/[^"]+\/">/g)).toHaveLength(4);
		expect(svg.match(/<polyline /g)).toHaveLength(4);
		expect(svg).not.toMatch(/style=/);
	});
});
