import { describe, expect, it } from 'vitest';
import { cleanQuery, maxQueryLength, queryTerms } from '../../src/features/search/query.ts';

describe('cleanQuery', () => {
	it('trims, collapses whitespace and caps the length', () => {
		expect(cleanQuery('  message \n  queue\t')).toBe('message queue');
		expect(cleanQuery('x'.repeat(500))).toHaveLength(maxQueryLength);
	});

	it('turns anything that is not a string into an empty query', () => {
		expect(cleanQuery(undefined)).toBe('');
		expect(cleanQuery(null)).toBe('');
		expect(cleanQuery(42)).toBe('');
	});
});

describe('queryTerms', () => {
	it('drops the words around a question', () => {
		expect(queryTerms('When should I use a message queue?')).toEqual(['message', 'queue']);
		expect(queryTerms('SQL vs NoSQL')).toEqual(['sql', 'nosql']);
	});

	it('keeps a query made only of stop words rather than searching for nothing', () => {
		expect(queryTerms('what is it')).toEqual(['what', 'is', 'it']);
	});

	it('keeps the characters the index keeps', () => {
		expect(queryTerms('C# and .NET')).toEqual(['c#', 'net']);
		expect(queryTerms('N+1 query')).toEqual(['n+1', 'query']);
		expect(queryTerms('#include')).toEqual(['include']);
	});

	it('reduces punctuation and markup to their words', () => {
		expect(queryTerms('!!!???')).toEqual([]);
		expect(queryTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1', 'script']);
		expect(queryTerms('   ')).toEqual([]);
	});

	it('keeps letters of every script', () => {
		expect(queryTerms('Микросервисы и 数据库')).toEqual(['микросервисы', 'и', '数据库']);
	});
});
