import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs';

/** One topic on the map: its page, its section and the pages to read before it. */
export interface MapTopic {
	id: string;
	href: string;
	label: string;
	section: string;
	prerequisites: string[];
}

export interface MapSection {
	id: string;
	label: string;
	topics: MapTopic[];
}

// Text is measured without a browser (the build has none): an average glyph width for the site's sans-serif at
// these sizes, generous enough that labels never overflow their boxes.
const fontSize = 14;
const titleSize = 16;
const charWidth = 0.6;
const lineHeight = 1.3;
const maxChars = 22;
const padding = { x: 12, y: 8 };
const titleChars = 14;
const gutter = Math.ceil(titleChars * titleSize * charWidth + 2 * padding.x);

/** A label broken into lines of at most `maxChars` characters at spaces. */
export function wrapLabel(label: string, width = maxChars): string[] {
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

const boxSize = (lines: string[], size: number) => ({
	width: Math.ceil(Math.max(...lines.map((line) => line.length)) * size * charWidth + 2 * padding.x),
	height: Math.ceil(lines.length * size * lineHeight + 2 * padding.y),
});

export interface PlacedTopic extends MapTopic {
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
}

export interface MapLayout {
	width: number;
	height: number;
	sections: { id: string; label: string; lines: string[]; x: number; y: number; width: number; height: number }[];
	topics: PlacedTopic[];
	/** Prerequisite → topic, as polylines in map coordinates. */
	edges: { from: string; to: string; points: { x: number; y: number }[] }[];
}

/**
 * Lays the map out with ELK's layered algorithm (eclipse/elk, via elkjs), top to bottom, at build time in Node.
 * Each section is a partition, so sections follow each other down the map in reading order; each prerequisite is
 * an arrow. Merged edges share their routes, which keeps the many arrows from widening the map.
 */
export async function layoutMap(mapSections: MapSection[]): Promise<MapLayout> {
	const elk = new ELK();
	const topics = mapSections.flatMap((section) => section.topics);
	const partition = (topic: MapTopic) => mapSections.findIndex((section) => section.id === topic.section);
	const graph: ElkNode = {
		id: 'map',
		layoutOptions: {
			'elk.algorithm': 'layered',
			'elk.direction': 'DOWN',
			'elk.partitioning.activate': 'true',
			'elk.edgeRouting': 'ORTHOGONAL',
			'elk.layered.mergeEdges': 'true',
			'elk.spacing.nodeNode': '20',
			'elk.layered.spacing.nodeNodeBetweenLayers': '30',
			'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
			// The left gutter holds the section titles, beside their bands, clear of every node and arrow.
			'elk.padding': `[top=16,left=${gutter},bottom=16,right=16]`,
		},
		children: topics.map((topic) => ({
			id: topic.id,
			...boxSize(wrapLabel(topic.label), fontSize),
			layoutOptions: { 'elk.partitioning.partition': String(partition(topic)) },
		})),
		edges: topics.flatMap((topic) =>
			topic.prerequisites.map(
				(from): ElkExtendedEdge => ({ id: `${from}->${topic.id}`, sources: [from], targets: [topic.id] }),
			),
		),
	};
	const laid = await elk.layout(graph);
	const nodes: ElkNode[] = laid.children ?? [];
	const placed = topics.map((topic): PlacedTopic => {
		const node = nodes.find((candidate) => candidate.id === topic.id);
		return {
			...topic,
			x: node?.x ?? 0,
			y: node?.y ?? 0,
			width: node?.width ?? 0,
			height: node?.height ?? 0,
			lines: wrapLabel(topic.label),
		};
	});
	// A section's band spans the full width, from its first layer's top to its last layer's bottom; partitions keep
	// the bands apart.
	const width = laid.width ?? 0;
	const sectionBoxes = mapSections.map((section) => {
		const own = placed.filter((topic) => topic.section === section.id);
		const top = Math.min(...own.map((topic) => topic.y)) - 8;
		const bottom = Math.max(...own.map((topic) => topic.y + topic.height)) + 8;
		return {
			id: section.id,
			label: section.label,
			lines: wrapLabel(section.label, titleChars),
			x: 0,
			y: top,
			width,
			height: bottom - top,
		};
	});
	const edges = ((laid.edges ?? []) as ElkExtendedEdge[]).map((edge) => ({
		from: edge.sources[0] as string,
		to: edge.targets[0] as string,
		points: (edge.sections ?? []).flatMap((part) => [part.startPoint, ...(part.bendPoints ?? []), part.endPoint]),
	}));
	return { width, height: laid.height ?? 0, sections: sectionBoxes, topics: placed, edges };
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The map as SVG markup. Colours are the diagrams' palette classes (diagrams.css), so it follows the theme like every
 * diagram; each topic is a link with `data-map-topic` for the progress script to mark it done.
 */
export function renderMapSvg(layout: MapLayout, titleId: string): string {
	const bands = layout.sections
		.map(
			(section, index) =>
				`<g class="map-section"><rect class="${index % 2 ? 'f-page' : 'f-group'}" x="${section.x}" y="${section.y}" width="${section.width}" height="${section.height}"/>` +
				`<text class="f-text map-section-title" font-size="${titleSize}px">${section.lines.map((line, lineIndex) => `<tspan x="${padding.x}" y="${section.y + padding.y + titleSize * (1 + lineIndex * lineHeight)}">${escapeXml(line)}</tspan>`).join('')}</text></g>`,
		)
		.join('');
	const arrows = layout.edges
		.map(
			(edge) =>
				`<polyline class="s-line map-edge" points="${edge.points.map((point) => `${point.x},${point.y}`).join(' ')}" marker-end="url(#map-arrow)"/>`,
		)
		.join('');
	const nodes = layout.topics
		.map((topic) => {
			const text = topic.lines
				.map(
					(line, index) =>
						`<tspan x="${topic.x + topic.width / 2}" y="${topic.y + padding.y + fontSize * (index + 1) * lineHeight - fontSize * 0.3}">${escapeXml(line)}</tspan>`,
				)
				.join('');
			return (
				`<a href="${topic.href}" class="map-topic" data-map-topic="${topic.href}">` +
				`<rect class="f-node s-node-border" x="${topic.x}" y="${topic.y}" width="${topic.width}" height="${topic.height}" rx="6"/>` +
				`<text class="f-text" text-anchor="middle" font-size="${fontSize}px">${text}</text></a>`
			);
		})
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}" width="${Math.ceil(layout.width)}" height="${Math.ceil(layout.height)}" class="diagram-svg topic-map-svg" role="group" aria-labelledby="${titleId}">` +
		`<title id="${titleId}">Map of every topic, by section, with arrows from each prerequisite</title>` +
		`<defs><marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="f-line" d="M0,0 L10,5 L0,10 z"/></marker></defs>` +
		`${bands}${arrows}${nodes}</svg>`
	);
}
