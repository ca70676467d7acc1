import { describe, expect, it } from 'vitest';
import { decodeEntities, dropLeadingHeading, excerptParts } from '../../src/components/search/excerpt.ts';

describe('excerptParts', () => {
	it('splits on Pagefind’s marks and keeps punctuation out of them', () => {
		expect(excerptParts('RabbitMQ vs <mark>Kafka.</mark> Both')).toEqual([
			{ text: 'RabbitMQ vs ', mark: false },
			{ text: 'Kafka', mark: true },
			{ text: '. Both', mark: false },
		]);
	});

	it('treats every other angle bracket as text', () => {
		const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)> <mark>XSS</mark>');
		expect(parts.map((part) => part.text).join('')).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)> XSS');
		expect(parts.filter((part) => part.mark)).toEqual([{ text: 'XSS', mark: true }]);
	});

	it('survives unbalanced or empty input', () => {
		expect(excerptParts('')).toEqual([]);
		expect(excerptParts('<mark>open')).toEqual([{ text: 'open', mark: true }]);
		expect(excerptParts('close</mark> text')).toEqual([{ text: 'close text', mark: false }]);
	});
});

describe('decodeEntities', () => {
	it('decodes named and numeric entities and leaves unknown ones', () => {
		expect(decodeEntities('a &amp; b &#39;c&#x27; &quot;d&quot; &bogus; &#0;')).toBe('a & b \'c\' "d" &bogus; &#0;');
	});
});

describe('dropLeadingHeading', () => {
	it('drops the heading Pagefind runs into the section text', () => {
		const parts = excerptParts('RabbitMQ vs <mark>Kafka.</mark> Both are open source');
		expect(dropLeadingHeading(parts, 'RabbitMQ vs Kafka')).toEqual([{ text: 'Both are open source', mark: false }]);
	});

	it('drops the end of a heading the excerpt starts inside', () => {
		const parts = excerptParts('vs <mark>Kafka.</mark> Both are');
		expect(dropLeadingHeading(parts, 'RabbitMQ vs Kafka')).toEqual([{ text: 'Both are', mark: false }]);
	});

	it('leaves other excerpts alone', () => {
		const parts = excerptParts('A consumer picks up the <mark>message</mark>');
		expect(dropLeadingHeading(parts, 'Delivery guarantees')).toBe(parts);
	});
});
