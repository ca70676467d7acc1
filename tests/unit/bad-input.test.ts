import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { VFile } from 'vfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPageAddresses, checkReferences } from '../../src/features/deep-links/address-checks.ts';
import { readAnchors } from '../../src/features/deep-links/built-site.ts';
import { checkBuiltAnchors } from '../../src/features/deep-links/permalinks.ts';
import { contentPages } from '../../src/lib/content-pages.ts';
import { checkReviewedDates } from '../../src/schemas/reviewed-date.ts';

// A small content folder with one bad page, read by the same code the build runs when it loads astro.config.mjs
// (the sidebar and the address checks read every page before Astro does).
let root = '';
const write = (file: string, text: string) => {
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), text);
};
/** What the build would print: file names relative to the project (the build runs in it; these tests do not). */
const loadPages = () => {
	try {
		const pages = contentPages(root, join(root, 'content/docs'));
		checkPageAddresses(pages);
		checkReviewedDates(pages, '2026-12-02');
		checkReferences(pages);
	} catch (error) {
		throw new Error((error as Error).message.replaceAll(`${root}/`, ''));
	}
};

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'bad-input-'));
	write('content/docs/index.mdx', '---\ntitle: Home\nsection: home\nreviewed: 2026-12-01\n---\n\nHome.\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a page whose frontmatter is not valid YAML', () => {
	it.each([
		['LF', '\n', ''],
		['CRLF and a byte-order mark', '\r\n', '\uFEFF'],
	])('names the page file and the line in the file (%s)', (_, eol, bom) => {
		const lines = ['---', 'title: Queues', 'section: stack', 'description: "unclosed', 'tags: [a]', '---', '', 'Text.'];
		write('content/docs/stack/queues.mdx', bom + lines.join(eol));
		// The quote opened on line 4 is still open when the frontmatter ends: the parser stops on line 5 of the file
		// (line 4 of the YAML), and the message says so.
		expect(loadPages).toThrow(
			/^content\/docs\/stack\/queues\.mdx:5: the frontmatter is not valid YAML: Missing closing "quote\n {2}Fix: correct the YAML/,
		);
	});
});

describe('a page saved with Windows line endings and a byte-order mark', () => {
	it('reads the same as any other: its section and sidebar order count', () => {
		const text = '---\ntitle: Queues\nsection: stack\nreviewed: 2026-12-01\nsidebar:\n  order: 3\n---\n\nText.\n';
		write('content/docs/stack/queues.mdx', `\uFEFF${text.replaceAll('\n', '\r\n')}`);
		const page = contentPages(root).find((entry) => entry.id === 'stack/queues');
		expect(page).toMatchObject({
			section: 'stack',
			order: 3,
			sectionLine: 3,
			reviewed: { value: '2026-12-01', line: 4 },
		});
	});
});

describe('an unknown section', () => {
	it('lists the valid sections and suggests the nearest, at the line of `section:`', () => {
		write('content/docs/stack/queues.mdx', '---\ntitle: Queues\ndescription: x\nsection: stak\n---\n\nText.\n');
		expect(loadPages).toThrow(
			"content/docs/stack/queues.mdx:4: `section: stak` is not one of the site's sections\n" +
				'  Fix: did you mean `section: stack`? The sections (src/lib/sections.ts) are: foundations, languages, stack, data, apis, security, architecture, design, operations, ai, trends, career, glossary; `home` is for content/docs/index.mdx only.',
		);
	});
});

describe('`reviewed:`', () => {
	it.each([
		['2026-02-30', 'is not a day of the calendar'],
		['2026', 'is not a date written YYYY-MM-DD'],
		['2026-2-3', 'is not a date written YYYY-MM-DD'],
		['2026-12-03', 'is in the future (today is 2026-12-02)'],
	])('refuses %s at its line, with the fix', (value, problem) => {
		write('content/docs/stack/queues.mdx', `---\ntitle: Queues\nsection: stack\nreviewed: ${value}\n---\n\nText.\n`);
		expect(loadPages).toThrow(
			`content/docs/stack/queues.mdx:4: \`reviewed: ${value}\` ${problem}\n` +
				'  Fix: write the day the page was last checked, as YYYY-MM-DD (e.g. `reviewed: 2026-12-02`).',
		);
	});

	it('accepts a real date up to today, and the real site', () => {
		write('content/docs/stack/queues.mdx', '---\ntitle: Queues\nsection: stack\nreviewed: 2024-02-29\n---\n');
		expect(loadPages).not.toThrow();
		expect(() => checkReviewedDates(contentPages(process.cwd()))).not.toThrow();
	});
});

describe('a `related` or `prerequisites` id that is not a page', () => {
	it('names the file, the line of the id and the nearest page id', () => {
		write('content/docs/stack/caching.mdx', '---\ntitle: Caching\nsection: stack\nreviewed: 2026-12-01\n---\n');
		write(
			'content/docs/stack/queues.mdx',
			'---\ntitle: Queues\nsection: stack\nreviewed: 2026-12-01\nrelated:\n  - stack/caching\n  - stack/cachin\n---\n',
		);
		expect(loadPages).toThrow(
			'content/docs/stack/queues.mdx:7: `related` lists "stack/cachin", which is not a page\n' +
				'  Fix: use a page id, its path under content/docs/ without .mdx (did you mean "stack/caching"?).',
		);
	});
});

describe('after the build has written dist/', () => {
	// The same two calls as the addresses integration's `astro:build:done`, on a one-page build.
	const checkBuild = () => checkBuiltAnchors(root, readAnchors(join(root, 'dist')));
	const lock = (anchors: string[]) =>
		write('permalinks.lock.json', JSON.stringify({ about: '', pages: { '/stack/queues/': anchors } }));
	const built = (body: string) =>
		write(
			'dist/stack/queues/index.html',
			`<!doctype html><html><body><div class="sl-markdown-content">${body}</div></body></html>`,
		);

	it('refuses a locked heading anchor that no longer lands, naming the page file and anchorAliases', () => {
		lock(['retries', 'why-queues']);
		built('<h2 id="why-use-a-queue">Why use a queue</h2><h2 id="retries">Retries</h2>');
		expect(checkBuild).toThrow(
			'- content/docs/stack/queues.mdx: /stack/queues/#why-queues no longer lands on a heading of /stack/queues/. ' +
				'If the heading was reworded or removed, add `anchorAliases: { why-queues: <id of the heading that now covers it> }` to its frontmatter',
		);
	});

	it('accepts the anchor once anchorAliases renders it', () => {
		lock(['why-queues']);
		built(
			'<h2 id="why-use-a-queue">Why use a queue<span id="why-queues" data-anchor-alias="why-use-a-queue"></span></h2>',
		);
		expect(checkBuild).not.toThrow();
	});

	it('refuses a heading whose id another element of the page has, naming the line of the heading', () => {
		lock([]);
		write(
			'content/docs/stack/queues.mdx',
			'---\ntitle: Queues\nsection: stack\n---\n\n## Why queues\n\nText.\n\n## Search `results`\n\nText.\n',
		);
		built('<h2 id="search-results">Search results</h2><div id="search-results" role="listbox"></div>');
		expect(checkBuild).toThrow(
			'- content/docs/stack/queues.mdx:10: the heading id "#search-results" is also the id of another element of /stack/queues/',
		);
	});

	it('finds the line of a heading with a pinned id', () => {
		lock([]);
		write('content/docs/stack/queues.mdx', '---\ntitle: Queues\n---\n\n## Results {/* #search-results */}\n');
		built('<h2 id="search-results">Results</h2><div id="search-results"></div>');
		expect(checkBuild).toThrow('- content/docs/stack/queues.mdx:5: the heading id "#search-results"');
	});
});

describe('an MDX import of a missing component', () => {
	// The processor's own remark step on a page file, parsed as MDX as Astro does; `project` is where the page
	// lives (the fixture folder, or the real project when the test needs its installed packages).
	const compile = async (source: string, project = root) => {
		const { unified } = await import('unified');
		const { default: remarkParse } = await import('remark-parse');
		const { default: remarkMdx } = await import('remark-mdx');
		const { remarkCheckImports } = await import('../../src/config/markdown/remark-check-imports.ts');
		const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckImports);
		const path = join(project, 'content/docs/stack/queues.mdx');
		try {
			await processor.run(processor.parse(source), new VFile({ path }));
		} catch (error) {
			throw new Error((error as Error).message.replaceAll(`${project}/`, ''));
		}
	};
	const page = (imports: string) => `---\ntitle: Queues\n---\n\nIntro.\n\n${imports}\n\n<Example />\n`;

	it('names the page file, the import and its line in the source', async () => {
		write('src/components/Example.astro', '<p>example</p>');
		await expect(compile(page("import Example from '../../../src/components/Exampel.astro';"))).rejects.toThrow(
			/^content\/docs\/stack\/queues\.mdx:7: this page imports "\.\.\/\.\.\/\.\.\/src\/components\/Exampel\.astro", which is not a file\n {2}Fix: correct the path/,
		);
		await expect(
			compile(page("import Example from '../../../src/components/Example.astro';")),
		).resolves.toBeUndefined();
	});

	it('names a package that is not installed', async () => {
		const project = process.cwd();
		await expect(compile(page("import { Aside } from '@astrojs/starlite/components';"), project)).rejects.toThrow(
			'content/docs/stack/queues.mdx:7: this page imports "@astrojs/starlite/components", which is not an installed package',
		);
		await expect(
			compile(page("import { Aside } from '@astrojs/starlight/components';"), project),
		).resolves.toBeUndefined();
	});
});
