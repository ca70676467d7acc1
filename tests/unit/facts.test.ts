import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { outsideLinks } from '../../src/features/facts/outside-links.ts';
import { parseRegistry } from '../../src/features/facts/registry.ts';
import { factUsage } from '../../src/features/facts/usage.ts';

const registryText = `# a comment
java-lts:
  value: Java 25
  about: Latest long-term-support release of the JDK
  checked: 2026-11-30
  reviewBy: 2027-03-31
  source: https://openjdk.org/projects/jdk/25/
  sourceTitle: JDK 25 project page
python-image:
  value: "3.10"
  about: Python image tag used in examples
  checked: 2026-11-30
  reviewBy: 2027-03-31
  source: https://docs.python.org/3/
  sourceTitle: Python documentation
`;

// The real registry is the project's file; the plugin is tested against this one (text in, HTML out).
vi.mock('../../src/features/facts/registry.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/features/facts/registry.ts')>();
	return { ...real, loadRegistry: () => real.parseRegistry(registryText) };
});
const { remarkFacts } = await import('../../src/features/facts/remark-facts.ts');

async function render(mdx: string) {
	const file = new VFile({ value: mdx, path: `${process.cwd()}/content/docs/languages/java.mdx` });
	const out = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkFacts)
		.use(remarkRehype)
		.use(rehypeExternalLinks, outsideLinks)
		.use(rehypeStringify)
		.process(file);
	return String(out);
}

describe('facts registry', () => {
	it('keeps values as written and records each entry line', () => {
		const facts = parseRegistry(registryText);
		expect(facts.get('python-image')?.value).toBe('3.10');
		expect(facts.get('java-lts')?.line).toBe(2);
	});

	const broken = (change: (text: string) => string) => () => parseRegistry(change(registryText));
	it.each([
		[
			'an impossible date',
			(t: string) => t.replace('checked: 2026-11-30', 'checked: 2026-02-30'),
			/:2: .*"2026-02-30", which is not a real date/,
		],
		['a year for a date', (t: string) => t.replace('reviewBy: 2027-03-31', 'reviewBy: 2027'), /:2: .*reviewBy "2027"/],
		['a check in the future', (t: string) => t.replace('checked: 2026-11-30', 'checked: 2999-01-01'), /in the future/],
		['an http source', (t: string) => t.replace('https://openjdk', 'http://openjdk'), /not an https address/],
		[
			'a missing source',
			(t: string) => t.replace('  source: https://openjdk.org/projects/jdk/25/\n', ''),
			/:2: fact "java-lts" has no source/,
		],
		[
			'an unknown field',
			(t: string) => t.replace('  about: Latest', '  note: x\n  about: Latest'),
			/:4: fact "java-lts" has an unknown field "note"/,
		],
		['a duplicate id', (t: string) => `${t}java-lts:\n  value: x\n`, /facts\.yaml:\d+: .*(duplicate|unique)/i],
		['a capitalised id', (t: string) => t.replace('java-lts:', 'Java_LTS:'), /fact id "Java_LTS"/],
	])('refuses %s, naming the line and the fix', (_, change, message) => {
		expect(broken(change)).toThrow(message);
		expect(broken(change)).toThrow(/Fix: /);
	});

	it('reads a file with a byte-order mark and Windows line endings', () => {
		expect(parseRegistry(`\uFEFF${registryText.replaceAll('\n', '\r\n')}`).get('java-lts')?.value).toBe('Java 25');
	});
});

describe('remarkFacts', () => {
	const page =
		'# Java\n\nThe current LTS is <Fact id="java-lts" />.\n\n```dockerfile\nFROM python:{{fact:python-image}}-slim\n```\n\n## Key points\n\n- One\n\n## Sources\n\n- [JDK](https://openjdk.org/) — releases.\n';

	it('shows the value with a numbered note that links to its entry under Sources', async () => {
		const html = await render(page);
		expect(html).toContain(
			'The current LTS is <span class="fact">Java 25<sup class="fact-ref" data-pagefind-ignore=""><a href="#fact-java-lts"',
		);
		expect(html).toContain(
			'<span class="sr-only">figure </span>1<span class="sr-only">, checked 30 November 2026 against JDK 25 project page</span>',
		);
		expect(html).toContain('FROM python:3.10-slim');
		const sources = html.slice(html.indexOf('<h2>Sources</h2>'));
		expect(sources).toContain('<li id="fact-java-lts">');
		expect(sources).toContain('<li id="fact-python-image">');
		expect(sources).toContain('<time datetime="2026-11-30">30 November 2026</time>');
		expect(sources.indexOf('fact-java-lts')).toBeLessThan(sources.indexOf('fact-python-image'));
	});

	it('marks links that leave the site for sighted and screen-reader users', async () => {
		const html = await render(page);
		expect(html).toContain(
			'<a href="https://openjdk.org/" class="outside-link" rel="external">JDK<span class="sr-only"> (another site)</span></a>',
		);
		expect(await render('[Queues](/stack/queues/)')).not.toContain('outside-link');
	});

	it('adds a figures section to a page without Sources', async () => {
		expect(await render('Today: <Fact id="java-lts" />')).toContain('<h2>Figures on this page</h2>');
	});

	it('leaves a page without facts untouched', async () => {
		expect(await render('## Sources\n\n- a')).not.toContain('Figures');
	});

	it.each([
		[
			'an unknown id in prose',
			'Text\n\nNow <Fact id="java-lst" />.',
			/content\/docs\/languages\/java\.mdx:3: unknown fact "java-lst"\n {2}Fix: did you mean "java-lts"\?/,
		],
		['an unknown id in code', '```sh\necho ok\necho {{fact:nope}}\n```', /java\.mdx:3: unknown fact "nope"/],
		['a fact in a heading', '## Java <Fact id="java-lts" />', /java\.mdx:1: a fact is used in a heading/],
		[
			'a fact in a diagram',
			'```mermaid\nflowchart TD\n  A["{{fact:java-lts}}"]\n```',
			/java\.mdx:1: a fact is used inside a diagram/,
		],
		['an id that is not a string', '<Fact id={x} />', /needs an id written as a plain string/],
	])('fails the build on %s, with the file and line', async (_, mdx, message) => {
		await expect(render(mdx)).rejects.toThrow(message);
	});
});

describe('the project registry', async () => {
	const real = await vi.importActual<typeof import('../../src/features/facts/registry.ts')>(
		'../../src/features/facts/registry.ts',
	);
	const facts = real.loadRegistry();
	const usage = factUsage();

	it('has no entry that no page uses', () => {
		const unused = [...facts.keys()].filter((id) => !usage.has(id));
		expect(unused, `remove these from content/facts.yaml or use them on a page: ${unused.join(', ')}`).toEqual([]);
	});

	it('knows every id a page uses', () => {
		const unknown = [...usage].filter(([id]) => !facts.has(id)).map(([id, pages]) => `${id} (${pages.join(', ')})`);
		expect(unknown, 'add these to content/facts.yaml').toEqual([]);
	});
});
