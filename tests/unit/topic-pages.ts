import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

/** Topic page files from the project root; the glossary and section-`home` pages (home, the map) are not topics. */
export const topicFiles = filesUnder(process.cwd(), 'content/docs/**/*.mdx')
	.map((path) => relative(process.cwd(), path))
	.filter((file) => !file.includes('/glossary/') && readFrontmatter(readFileSync(file, 'utf8')).data.section !== 'home')
	.sort();

/** The body with code fences blanked, so a `## ` inside a code sample is not taken for a heading. */
export const bodyOf = (file: string) =>
	readFrontmatter(readFileSync(file, 'utf8')).body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
