import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/edit-distance.ts';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
		expect(editDistance('kafka', 'kafka')).toBe(0);
		expect(editDistance('cachng', 'caching')).toBe(1);
		expect(editDistance('kafkaa', 'kafka')).toBe(1);
		expect(editDistance('kafla', 'kafka')).toBe(1);
		expect(editDistance('dokcer', 'docker')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});

	it('stops at the limit', () => {
		expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
		expect(editDistance('zzzzzz', 'kafkas', 1)).toBe(2);
	});

	it('counts characters, not UTF-16 units', () => {
		expect(editDistance('数据库', '数据')).toBe(1);
		expect(editDistance('😀a', 'a')).toBe(1);
	});
});

describe('closest', () => {
	const pages = ['/', '/stack/queues/', '/languages/nodejs/', '/languages/go/'];

	it('finds the nearest candidate', () => {
		expect(closest('/languages/node/', pages)).toBe('/languages/nodejs/');
		expect(closest('/stack/queue/', pages)).toBe('/stack/queues/');
	});

	it('keeps the first of equally near candidates, and has nothing to offer from nothing', () => {
		expect(closest('ab', ['ax', 'ay'])).toBe('ax');
		expect(closest('ab', [])).toBeUndefined();
	});
});
