/** Page id (`stack/queues`, `index`) → its plain Markdown copy (`/stack/queues.md`, `/index.md`). */
export const markdownHref = (id: string) => `/${id}.md`;
