/** Prefixes every id in an SVG (and every reference to it) so two diagrams on a page never collide. */
export function scopeIds(svg: string, scope: string): string {
	const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string))];
	ids.sort((a, b) => b.length - a.length);
	let out = svg;
	for (const id of ids) {
		const scoped = `${scope}-${id}`;
		const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		out = out
			.replace(new RegExp(`(\\sid=")${escaped}"`, 'g'), `$1${scoped}"`)
			.replace(new RegExp(`#${escaped}(?![\\w-])`, 'g'), `#${scoped}`)
			.replace(new RegExp(`(aria-(?:labelledby|describedby)="(?:[^"]*\\s)?)${escaped}(?=[\\s"])`, 'g'), `$1${scoped}`);
	}
	return out;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** The words drawn in the diagram: node, edge and message labels. */
export function svgLabels(svg: string): string[] {
	const labels = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
		(match[1] as string)
			.replace(/<[^>]+>/g, ' ')
			.replace(/&(#?\w+);/g, (all, name: string) => entities[name] ?? all)
			.replace(/\s+/g, ' ')
			.trim(),
	);
	return [...new Set(labels.filter(Boolean))];
}

/**
 * Mermaid writes coordinates with ~15 decimals; two are plenty on screen and in print, and pages get lighter.
 * Paths in compact notation (`l.001-.045.002`, where `.002` starts a new number) are left exactly as drawn:
 * rounding them safely needs a full path parser, and they are a small share of the bytes.
 */
export function roundCoordinates(svg: string): string {
	return svg.replace(/(\s[\w:-]+)="([^"]*)"/g, (all, name: string, value: string) => {
		if (name.trim() === 'd' && /(^|[^\d])\.\d/.test(value)) return all;
		const rounded = value.replace(/(?<![\d.])-?\d+\.\d{3,}/g, (number: string) =>
			String(Number(Number(number).toFixed(2))),
		);
		return `${name}="${rounded}"`;
	});
}

/** Mermaid ids every node and edge; once styles are baked in, only ids something points at are still needed. */
export function dropUnreferencedIds(svg: string): string {
	const referenced = new Set<string>();
	for (const [, id] of svg.matchAll(/#([\w.:-]+)/g)) referenced.add(id as string);
	for (const [, ids] of svg.matchAll(/aria-(?:labelledby|describedby)="([^"]*)"/g)) {
		for (const id of (ids as string).split(/\s+/)) referenced.add(id);
	}
	const rootId = svg.match(/^<svg[^>]*?\sid="([^"]+)"/)?.[1];
	return svg.replace(/\sid="([^"]+)"/g, (all, id: string) => (referenced.has(id) || id === rootId ? all : ''));
}
