import { describe, expect, it } from 'vitest';
import { bestResemblance, normalizeWord, resemblance } from '../../src/features/search/match.ts';

describe('resemblance', () => {
	it('is strong for the word itself, an extension or another ending', () => {
		expect(resemblance('kafka', 'Kafka.')).toBe('strong');
		expect(resemblance('postgres', 'PostgreSQL')).toBe('strong');
		expect(resemblance('queues', 'queue')).toBe('strong');
		expect(resemblance('kubernets', 'Kubernetes')).toBe('strong');
		expect(resemblance('c#', '(C#')).toBe('strong');
	});

	it('is weak for a shared stem', () => {
		expect(resemblance('cors', 'core')).toBe('weak');
		expect(resemblance('caching', 'cache')).toBe('weak');
		expect(resemblance('running', 'run')).toBe('weak');
		expect(resemblance('js', 'json')).toBe('weak');
	});

	it('is none for the short prefixes Pagefind falls back to', () => {
		expect(resemblance('kuberntes', 'K.')).toBe('none');
		expect(resemblance('dokcer', 'do')).toBe('none');
		expect(resemblance('rabitmq', 'r')).toBe('none');
		expect(resemblance('kafka', '')).toBe('none');
	});
});

describe('normalizeWord', () => {
	it('keeps the characters the index keeps and drops the rest at the edges', () => {
		expect(normalizeWord('“Kafka,”')).toBe('kafka');
		expect(normalizeWord('N+1')).toBe('n+1');
	});
});

describe('bestResemblance', () => {
	it('takes the best of the words a result matched', () => {
		expect(bestResemblance('kafka', ['core', 'Kafka,'])).toBe('strong');
		expect(bestResemblance('cors', ['core'])).toBe('weak');
		expect(bestResemblance('kuberntes', ['K.', 'Kafka.'])).toBe('none');
	});
});
