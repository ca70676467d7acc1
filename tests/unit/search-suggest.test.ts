import { describe, expect, it } from 'vitest';
import { maxEdits, suggest } from '../../src/features/search/suggest.ts';

// Ordered like the built vocabulary: titles and aliases first, so they win ties.
const vocabulary = [
	'Containers: Docker and Kubernetes',
	'Message queues and asynchronous processing',
	'Kubernetes',
	'RabbitMQ',
	'Kafka',
	'PostgreSQL',
	'Terraform',
	'infrastructure as code',
	'GraphQL',
	'The request–response model',
	'Docker',
];

describe('maxEdits', () => {
	it('allows no edit on tiny words and more on long ones', () => {
		expect([2, 3, 5, 6, 9, 10].map(maxEdits)).toEqual([0, 1, 1, 2, 2, 3]);
	});
});

describe('suggest', () => {
	it('corrects a misspelt word to the site’s own spelling', () => {
		expect(suggest('kuberntes', vocabulary)).toEqual(['Kubernetes']);
		expect(suggest('rabitmq', vocabulary)).toEqual(['RabbitMQ']);
		expect(suggest('terrafrom', vocabulary)).toEqual(['Terraform']);
		expect(suggest('dokcer', vocabulary)).toEqual(['Docker']);
	});

	it('corrects one word of several and keeps the others', () => {
		expect(suggest('kafka rabitmq', vocabulary)).toEqual(['Kafka RabbitMQ']);
	});

	it('matches a whole phrase, stop words included', () => {
		expect(suggest('infrastucture as code', vocabulary)).toEqual(['infrastructure as code']);
	});

	it('ignores the words around a question', () => {
		expect(suggest('how do I use kuberntes', vocabulary)).toEqual(['Kubernetes']);
	});

	it('offers nothing when nothing is close', () => {
		expect(suggest('zzzzqx', vocabulary)).toEqual([]);
		expect(suggest('микросервисы', vocabulary)).toEqual([]);
		expect(suggest('数据库', vocabulary)).toEqual([]);
	});

	it('never suggests stop words or what was typed', () => {
		expect(suggest('teh', [...vocabulary, 'the'])).toEqual([]);
		expect(suggest('Kafka', vocabulary)).toEqual([]);
	});

	it('handles bad input without throwing', () => {
		for (const query of ['', '   ', '!!!???', '<script>alert(1)</script>', 'x'.repeat(500), '\u0000\uffff']) {
			expect(() => suggest(query, vocabulary)).not.toThrow();
		}
		expect(suggest('', vocabulary)).toEqual([]);
		expect(suggest('kuberntes', [])).toEqual([]);
	});

	it('returns at most the limit, closest first', () => {
		const many = ['Kafkb', 'Kafkc', 'Kafkd', 'Kafke'];
		expect(suggest('kafka', many, 2)).toEqual(['Kafkb', 'Kafkc']);
	});
});
