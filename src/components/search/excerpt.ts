/** A run of excerpt text, marked when it is a hit. Rendered with text nodes, never as HTML. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few entities Pagefind writes, plus numeric ones; anything else stays as typed. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities[name.toLowerCase()] ?? whole;
	});
}

/**
 * Splits Pagefind's excerpt (entity-encoded text with `<mark>` around hits) into parts. Only
 * `<mark>` and `</mark>` are treated as markup; any other `<` is text, so a page that quotes
 * `<script>` shows it as text and nothing from an excerpt can inject markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		if (!text) return;
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	};
	let mark = false;
	for (const piece of String(excerpt ?? '').split(/(<mark>|<\/mark>)/)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else if (!mark) push(decodeEntities(piece), false);
		else {
			// Pagefind marks whole tokens ("Kafka," "(C#"); the punctuation around the word is not the hit.
			const [, before = '', word = '', after = ''] =
				decodeEntities(piece).match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}#+]*)$/su) ?? [];
			push(before, false);
			push(word, true);
			push(after, false);
		}
	}
	return parts;
}

/**
 * Drops a leading heading from an excerpt. Pagefind's text runs a heading into its paragraph
 * ("RabbitMQ vs Kafka. Both are…"); the result already shows the heading as its title.
 */
export function dropLeadingHeading(parts: ExcerptPart[], heading: string): ExcerptPart[] {
	const plain = parts.map((part) => part.text).join('');
	// The excerpt may start inside the heading ("vs Kafka. Both…"): try each tail of its words.
	const words = heading.trim().split(/\s+/).filter(Boolean);
	const prefix = words.map((_, i) => `${words.slice(i).join(' ')}.`).find((tail) => plain.startsWith(tail));
	if (!prefix) return parts;
	let remaining = prefix.length;
	const out: ExcerptPart[] = [];
	for (const part of parts) {
		if (remaining >= part.text.length) {
			remaining -= part.text.length;
			continue;
		}
		out.push({ ...part, text: part.text.slice(remaining) });
		remaining = 0;
	}
	if (out[0]) out[0] = { ...out[0], text: out[0].text.trimStart() };
	return out.filter((part) => part.text);
}
