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
		const onwarn = quietBuildLog.build?.rolldownOptions?.onwarn;
		if (typeof onwarn !== 'function') throw new Error('quietBuildLog has no onwarn');
		const printed: string[] = [];
		const others = [
			{
				code: 'MODULE_LEVEL_DIRECTIVE',
				message: 'The semantics of the module level directive "use client" in "x.ts" may not be preserved.',
			},
			{ code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' },
		];
		for (const warning of [headInject, ...others])
			onwarn(warning as never, ((shown: { message: string }) => printed.push(shown.message)) as never);
		expect(printed).toEqual(others.map((warning) => warning.message));
		expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
	});
});
