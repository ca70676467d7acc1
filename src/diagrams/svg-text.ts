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

/** Mermaid writes coordinates with ~15 decimals; two are plenty on screen and in print, and pages get lighter. */
export function roundCoordinates(svg: string): string {
	return svg.replace(/="([^"]*)"/g, (_, value: string) => {
		// Path data may be compact: "M12.258.001l.256.004" is 12.258, .001, .256, .004. So a number
		// never starts right after a digit or a dot, and one rounded to an integer keeps a ".0" when
		// the next number starts with a dot, or the two would merge.
		const rounded = value.replace(/(?<![\d.])-?\d+\.\d{3,}/g, (number: string, offset: number) => {
			const short = String(Number(Number(number).toFixed(2)));
			const next = value[offset + number.length];
			return next === '.' && !short.includes('.') ? `${short}.0` : short;
		});
		return `="${rounded}"`;
	});
}
