import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedKeys, diagramKey } from '../../src/features/diagrams/cache.ts';
import { collectFences } from '../../src/features/diagrams/render/collect.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { readPageFile } from '../../src/lib/frontmatter.ts';
import { sectionIds } from '../../src/lib/sections.ts';

const root = join(process.cwd(), 'content/docs');
/** The frontmatter fields these checks read (the schema in src/schemas/topic.ts has them all). */
interface Frontmatter {
	section?: string;
	description?: string;
	prerequisites?: string[];
	related?: string[];
	aliases?: string[];
}

const pages = filesUnder(root, '**/*.mdx').map((path) => {
	const { data, body } = readPageFile(path) as { data: Frontmatter; body: string };
	const id = relative(root, path)
		.replace(/\.mdx$/, '')
		.replace(/\/index$/, '');
	return { id, file: relative(process.cwd(), path), data, body };
});
const ids = new Set(pages.map((page) => page.id));
// Home and the topic map (section `home`) guide a reader to the topic pages rather than teach one.
const topics = pages.filter((page) => page.data.section !== 'home');

/** Pages whose subject is a flow or a structure, so a diagram is required (issue 3's list). */
const needDiagrams = [
	'foundations/what-is-backend',
	'foundations/request-response',
	'foundations/distributed-systems',
	'architecture/monolith',
	'architecture/microservices',
	'architecture/modular-monolith',
	'stack/apis',
	'stack/queues',
	'stack/caching',
	'stack/containers',
	'trends/devops',
	'trends/serverless',
	'trends/edge',
	'trends/zero-trust',
	'trends/ai',
	'career/learning-path',
];

describe('topic pages', () => {
	it('exist for every section', () => {
		for (const section of sectionIds) {
			expect(
				topics.some((page) => page.data.section === section),
				`no page in section ${section}`,
			).toBe(true);
		}
	});

	it.each(topics.map((page) => [page.file, page] as const))('%s has a description, an H2 and key points', (_, page) => {
		expect(String(page.data.description ?? '').length, 'description too short').toBeGreaterThan(50);
		expect(page.body).toMatch(/^## /m);
		if (page.data.section !== 'glossary') expect(page.body).toMatch(/^## Key points$/m);
	});

	it.each(pages.map((page) => [page.file, page] as const))('%s references only existing pages', (_, page) => {
		const refs = [...(page.data.prerequisites ?? []), ...(page.data.related ?? [])];
		expect(refs.filter((ref: string) => !ids.has(ref))).toEqual([]);
	});

	it.each(needDiagrams)('%s has a diagram', (id) => {
		const page = pages.find((candidate) => candidate.id === id);
		expect(page, `page ${id} is missing`).toBeDefined();
		expect(page?.body).toContain('```mermaid');
	});

	it('declares the aliases readers search for', () => {
		const aliases = (id: string) => (pages.find((page) => page.id === id)?.data.aliases ?? []).map(String);
		expect(aliases('stack/containers')).toContain('k8s');
		expect(aliases('stack/databases')).toContain('postgres');
		expect(aliases('languages/nodejs')).toContain('JS');
		expect(aliases('stack/queues')).toContain('MQ');
		expect(aliases('trends/devops')).toContain('IaC');
	});
});

describe('diagram cache', () => {
	const fences = collectFences();
	const keys = new Set(cachedKeys());

	it('has a rendered entry for every diagram', () => {
		const missing = fences.filter((fence) => !keys.has(diagramKey(fence.code))).map((f) => `${f.file}:${f.line}`);
		expect(missing, 'run `npm run diagrams` and commit src/features/diagrams/cache/').toEqual([]);
	});

	it('holds no entry that no page uses', () => {
		const used = new Set(fences.map((fence) => diagramKey(fence.code)));
		const unused = [...keys].filter((key) => !used.has(key));
		expect(unused, 'run `npm run diagrams` to delete unused entries').toEqual([]);
		expect(existsSync('src/features/diagrams/cache')).toBe(true);
	});

	it('finds the same entry for a page saved with Windows line endings and a byte-order mark', () => {
		const page = fences[0];
		expect(page, 'the content has at least one diagram').toBeDefined();
		if (!page) return;
		const folder = mkdtempSync(join(tmpdir(), 'crlf-'));
		try {
			const text = readFileSync(page.file, 'utf8');
			writeFileSync(join(folder, 'page.mdx'), `\uFEFF${text.replaceAll('\n', '\r\n')}`);
			const windowsFences = collectFences(folder);
			expect(windowsFences[0]?.code).toContain('\r\n');
			expect(windowsFences.map((fence) => diagramKey(fence.code))).toEqual(
				fences.filter((fence) => fence.file === page.file).map((fence) => diagramKey(fence.code)),
			);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
