import { describe, expect, it } from 'vitest';
import { shareUntilFailure } from '../../src/lib/retry-once.ts';

describe('shareUntilFailure', () => {
	it('runs the load once and gives every caller the same promise', async () => {
		let runs = 0;
		const load = shareUntilFailure(async () => ++runs);
		const [first, second] = [load(), load()];
		expect(first).toBe(second);
		expect(await first).toBe(1);
		expect(await load()).toBe(1);
		expect(runs).toBe(1);
	});

	it('forgets a failure, so the next call runs the load again', async () => {
		let runs = 0;
		const load = shareUntilFailure(async () => {
			runs++;
			if (runs === 1) throw new Error('network blip');
			return 'loaded';
		});
		await expect(load()).rejects.toThrow('network blip');
		expect(await load()).toBe('loaded');
		expect(await load()).toBe('loaded');
		expect(runs).toBe(2);
	});
});
