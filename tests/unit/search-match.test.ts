import { describe, expect, it } from 'vitest';
import { resembles } from '../../src/features/search/match.ts';

describe('resembles', () => {
	it('accepts the word itself, an extension, another ending or a stem', () => {
		expect(resembles('kafka', '“Kafka,”')).toBe(true);
		expect(resembles('postgres', 'PostgreSQL')).toBe(true);
		expect(resembles('queues', 'queue')).toBe(true);
		expect(resembles('kubernets', 'Kubernetes')).toBe(true);
		expect(resembles('c#', '(C#')).toBe(true);
		expect(resembles('running', 'run')).toBe(true);
		expect(resembles('caching', 'cache')).toBe(true);
	});

	it('rejects the short prefixes Pagefind falls back to', () => {
		expect(resembles('kuberntes', 'K.')).toBe(false);
		expect(resembles('dokcer', 'do')).toBe(false);
		expect(resembles('infrastucture', 'in')).toBe(false);
		expect(resembles('rabitmq', 'r')).toBe(false);
		expect(resembles('kafka', '')).toBe(false);
		// A whole short word that only starts the typo is not its stem: "kube" (kube-proxy) is not "kuberntes".
		expect(resembles('kuberntes', 'kube-')).toBe(false);
		expect(resembles('kuberntes', 'kube')).toBe(false);
	});
});
