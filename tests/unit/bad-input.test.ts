import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const cases = join(process.cwd(), 'tests/fixtures/bad-input/cases');

/** Builds one fixture site (tests/fixtures/bad-input/cases/<name>) and returns its exit code and output. */
async function build(name: string) {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			'npx',
			['astro', 'build', '--root', '.', '--config', '../../astro.config.mjs'],
			{ cwd: join(cases, name), env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 16 * 1024 * 1024 },
		);
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

// Each case is a real `astro build` of a two-page site with the project's checks, so a check that
// stopped being wired in (not only one that stopped working) fails here.
describe('bad input fails the build with the file and the fix', { timeout: 180_000 }, () => {
	it('a duplicate slug', async () => {
		const { failed, output } = await build('duplicate-slug');
		expect(failed).toBe(true);
		expect(output).toContain(
			'content/docs/stack/queues/index.mdx: this page and content/docs/stack/queues.mdx both publish /stack/queues/',
		);
		expect(output).toContain('Fix: rename or delete one of them');
	});

	it('a duplicate heading id on one page', async () => {
		const { failed, output } = await build('duplicate-heading');
		expect(failed).toBe(true);
		expect(output).toContain(
			'content/docs/stack/queues.mdx:12: two headings on this page have the id "#example" (the other is on line 8)',
		);
		expect(output).toContain('Fix: reword one of them, or pin a stable id');
	});

	it('a link to a missing page or anchor', async () => {
		const { failed, output } = await build('broken-link');
		expect(failed).toBe(true);
		expect(output).toMatch(/stack\/queues\.mdx/);
		expect(output).toMatch(/10 \| \/stack\/caching\/\s+·\s+╰── invalid link/);
		expect(output).toMatch(/10 \| \/stack\/queues\/#delivery\s+·\s+╰── invalid hash/);
		expect(output).toContain('Found 2 invalid links in 1 file.');
	});

	it('a redirect to nowhere', async () => {
		const { failed, output } = await build('redirect-to-nowhere');
		expect(failed).toBe(true);
		expect(output).toContain(
			'redirects.mjs: the redirect "/stack/mq/" → "/stack/queue/" points at /stack/queue/, which is not a page on this site',
		);
		expect(output).toContain('Fix: point it at a published page (did you mean /stack/queues/?).');
	});
});
