import { describe, expect, it } from 'vitest';
import { toMarkdownCopy } from '../../src/features/previews/markdown-copy/to-markdown.ts';

const body = `import { Aside, Tabs, TabItem } from '@astrojs/starlight/components';

A queue hands work to a [worker](/stack/queues/#consumers) later; see [the spec](https://example.org/amqp).

{/* an editor's note that readers never see */}

\`\`\`mermaid
flowchart TD
  accTitle: Queue
  accDescr: Producers never wait for consumers.
  P --> Q
\`\`\`

<Aside type="caution">
Publish **after** the commit.
</Aside>

<Tabs>
  <TabItem label="Python">
\`\`\`python
print("hi")
\`\`\`
  </TabItem>
</Tabs>

| Broker | Model |
| --- | --- |
| Kafka | log |
`;

const copy = () =>
	toMarkdownCopy({
		title: 'Message queues',
		description: 'How queues decouple slow work from requests.',
		url: 'https://backend2026.dev/stack/queues/',
		sectionLabel: 'The stack',
		reviewed: new Date('2026-11-24'),
		body,
		site: new URL('https://backend2026.dev/'),
		before: [{ title: 'Request and response', url: 'https://backend2026.dev/foundations/request-response/' }],
		related: [{ title: 'Caching', url: 'https://backend2026.dev/stack/caching/', description: 'Faster reads.' }],
	});

describe('toMarkdownCopy', () => {
	it('turns an MDX topic into plain Markdown with a header and related pages', () => {
		expect(copy()).toMatchInlineSnapshot(`
			"# Message queues

			> How queues decouple slow work from requests.

			- Web page: <https://backend2026.dev/stack/queues/>
			- Section: The stack
			- Last reviewed: 2026-11-24
			- Read first: [Request and response](https://backend2026.dev/foundations/request-response/)

			A queue hands work to a [worker](https://backend2026.dev/stack/queues/#consumers) later; see [the spec](https://example.org/amqp).

			\`\`\`mermaid
			flowchart TD
			  accTitle: Queue
			  accDescr: Producers never wait for consumers.
			  P --> Q
			\`\`\`

			> **Caution:** Publish **after** the commit.

			**Python**

			\`\`\`python
			print("hi")
			\`\`\`

			| Broker | Model |
			| ------ | ----- |
			| Kafka  | log   |

			## Related

			- [Caching](https://backend2026.dev/stack/caching/): Faster reads.
			"
		`);
	});

	it('leaves no MDX behind: no imports, expressions or components', () => {
		const markdown = copy();
		expect(markdown).not.toMatch(/^import /m);
		expect(markdown).not.toContain('<Aside');
		expect(markdown).not.toContain("editor's note");
	});

	it('renders a LinkCard as a link with its description and keeps unknown components’ content', () => {
		const markdown = toMarkdownCopy({
			title: 'Home',
			description: 'Start here.',
			url: 'https://backend2026.dev/',
			reviewed: new Date('2026-11-24'),
			body: '<CardGrid>\n<LinkCard title="Learn" description="Eight steps." href="/career/learning-path/" />\n</CardGrid>\n\n<Custom>\nKept text.\n</Custom>\n',
			site: new URL('https://backend2026.dev/'),
		});
		expect(markdown).toContain('[Learn](https://backend2026.dev/career/learning-path/): Eight steps.');
		expect(markdown).toContain('Kept text.');
		expect(markdown).not.toContain('Section:');
	});
});
