import { describe, expect, it } from 'vitest';
import { isHeadInjectDirectiveWarning, quietBuildLog } from '../../src/config/build-log.ts';

// The warning as Rolldown words it for an MDX page (from a build log).
const headInject = {
	code: 'MODULE_LEVEL_DIRECTIVE',
	message:
		'The semantics of the module level directive "use astro:head-inject" in "content/docs/stack/caching.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the build log', () => {
	it('drops only the head-inject directive warning and passes every other warning on', () => {
		const onLog = quietBuildLog.build?.rolldownOptions?.onLog;
		if (typeof onLog !== 'function') throw new Error('quietBuildLog has no onLog');
		const printed: string[] = [];
		const others = [
			{
				code: 'MODULE_LEVEL_DIRECTIVE',
				message: 'The semantics of the module level directive "use client" in "x.ts" may not be preserved.',
			},
			{ code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' },
		];
		const print = ((level: string, shown: { message: string }) => printed.push(`${level}: ${shown.message}`)) as never;
		for (const warning of [headInject, ...others]) onLog('warn', warning as never, print);
		// The same text at another level is not the warning, so it passes too.
		onLog('info', headInject as never, print);
		expect(printed).toEqual([...others.map((warning) => `warn: ${warning.message}`), `info: ${headInject.message}`]);
		expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
	});
});
