import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProjectCopy, differingFiles, type ProjectCopy } from './project-copy.ts';

let copy: ProjectCopy | undefined;
afterAll(() => copy?.remove());

describe('the build', () => {
	it('is reproducible: a clean build of the same sources in another folder is byte-identical to dist/', async () => {
		copy = await buildProjectCopy();
		// Every file of both builds is compared; a failure lists the files that differ.
		expect(differingFiles(join(process.cwd(), 'dist'), copy.dist)).toEqual([]);
	}, 900_000);
});
