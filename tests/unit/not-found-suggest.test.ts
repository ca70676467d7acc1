import { describe, expect, it } from 'vitest';
import {
	addressScore,
	confirmsWord,
	type KnownPage,
	normalizeHref,
	pathWords,
	rankPages,
	type SearchHit,
} from '../../src/features/not-found/suggest.ts';

const pages: KnownPage[] = [
	{ href: '/stack/queues/', title: 'Message queues' },
	{ href: '/stack/caching/', title: 'Caching with Redis' },
	{ href: '/stack/frameworks/', title: 'Backend frameworks' },
	{ href: '/languages/java/', title: 'Java' },
	{ href: '/architecture/microservices/', title: 'Microservices' },
];

describe('pathWords', () => {
	it('reads the words of a mistyped address', () => {
		expect(pathWords('/stack/kafka-queue/')).toEqual(['stack', 'kafka', 'queue']);
		expect(pathWords('/Stack/Kafka_Queue/index.html')).toEqual(['stack', 'kafka', 'queue']);
		expect(pathWords('/caf%C3%A9/')).toEqual(['café']);
	});

	it('survives a malformed escape and an empty path', () => {
		expect(pathWords('/bad%E0%A4%A/')).toEqual(['bad', 'e0', 'a4']);
		expect(pathWords('/')).toEqual([]);
	});
});

describe('address matching', () => {
	it('normalizes Pagefind URLs to our addresses', () => {
		expect(normalizeHref('/stack/queues/index.html')).toBe('/stack/queues/');
		expect(normalizeHref('/stack/queues')).toBe('/stack/queues/');
		expect(normalizeHref('/stack/queues/#x')).toBe('/stack/queues/');
	});

	it('counts plurals and small typos as the same word', () => {
		expect(addressScore(['queue'], '/stack/queues/')).toBe(1);
		expect(addressScore(['cachng'], '/stack/caching/')).toBe(1);
		expect(addressScore(['stack', 'kafka'], '/stack/queues/')).toBe(0.5);
		expect(addressScore(['go'], '/stack/queues/')).toBe(0);
	});
});

describe('confirmsWord', () => {
	it('keeps hits whose marked word is the word, a plural or a typo of it', () => {
		expect(confirmsWord('kafka', 'RabbitMQ or <mark>Kafka.</mark> Both')).toBe(true);
		expect(confirmsWord('queue', 'work <mark>queues</mark> hold')).toBe(true);
		expect(confirmsWord('stack', 'a <mark>Full-stack</mark> framework')).toBe(true);
		expect(confirmsWord('cachng', '<mark>Caching</mark> speeds up')).toBe(true);
	});

	it("drops Pagefind's far-fetched typo matches", () => {
		expect(confirmsWord('zzqx', '## <mark>Z.</mark> Zero Trust')).toBe(false);
		expect(confirmsWord('wvvk', 'printf <mark>%w",</mark> err')).toBe(false);
		expect(confirmsWord('kafka', 'no marks at all')).toBe(false);
	});
});

describe('rankPages', () => {
	it('puts the queues page first for /stack/kafka-queue/', () => {
		const hits = new Map<string, SearchHit[]>([
			[
				'stack',
				[
					{ url: '/stack/frameworks/', score: 3 },
					{ url: '/languages/java/', score: 2.5 },
					{ url: '/stack/queues/', score: 0.5 },
				],
			],
			[
				'kafka',
				[
					{ url: '/stack/queues/', score: 9 },
					{ url: '/architecture/microservices/', score: 2 },
				],
			],
			['queue', [{ url: '/stack/queues/index.html', score: 7 }]],
		]);
		const ranked = rankPages(['stack', 'kafka', 'queue'], hits, pages);
		expect(ranked[0]?.href).toBe('/stack/queues/');
	});

	it('ranks by address alone when Pagefind is unavailable', () => {
		expect(rankPages(['stack', 'cachng'], new Map(), pages)[0]?.href).toBe('/stack/caching/');
	});

	it('returns nothing when no word matches, so the caller shows its fallback list', () => {
		expect(rankPages(['zzqx'], new Map([['zzqx', []]]), pages)).toEqual([]);
	});

	it('ignores hits on pages it does not know (the 404 page itself, an asset)', () => {
		const hits = new Map([['queue', [{ url: '/404/', score: 5 }]]]);
		expect(rankPages(['zzqx'], hits, pages)).toEqual([]);
	});
});
