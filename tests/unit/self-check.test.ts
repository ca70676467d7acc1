import { describe, expect, it } from 'vitest';
import { bodyOf, topicFiles } from './topic-pages.ts';

// "Check yourself" (STYLE.md): after Key points and before Sources, three to five questions, each a <details>
// whose <summary> is the numbered question and whose body opens with the answer, so it works without JavaScript.
// Every topic page has one (home, the topic map and the glossary are not topic pages).

const headingsOf = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((match) => (match[1] as string).trim());

/** What is wrong with a page body's "Check yourself" section, in words an author can act on; [] when all is well. */
function selfCheckProblems(body: string): string[] {
	const headings = headingsOf(body);
	if (!headings.includes('Check yourself')) return ['add a "## Check yourself" section between Key points and Sources'];
	const problems: string[] = [];
	if (headings.slice(-3).join(' / ') !== 'Key points / Check yourself / Sources')
		problems.push('the last sections must be Key points, Check yourself, Sources, in that order');
	const section = body.split(/^## Check yourself$/m)[1]?.split(/^## /m)[0] ?? '';
	const questions = [...section.matchAll(/<details>\s*<summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g)];
	if ((section.match(/<details>/g) ?? []).length !== questions.length)
		problems.push('write each question as <details><summary>N. Question?</summary> … </details>');
	if (questions.length < 3 || questions.length > 5) problems.push(`ask 3 to 5 questions, not ${questions.length}`);
	questions.forEach(([, question = '', answer = ''], index) => {
		if (!question.trim().startsWith(`${index + 1}. `))
			problems.push(`number question ${index + 1} as "${index + 1}. "`);
		if (!/^\*\*Answer:\*\*/.test(answer.trim())) problems.push(`question ${index + 1}: open the body with **Answer:**`);
		else if (answer.trim().length < 80) problems.push(`question ${index + 1}: explain the answer, not only state it`);
	});
	return problems;
}

const question = (n: number) =>
	`<details>\n<summary>${n}. A queue consumer crashes after writing to the database but before acking. What happens next?</summary>\n\n**Answer:** the broker redelivers the message, so the write happens twice unless the consumer is idempotent, for example by recording the message id.\n\n</details>\n`;
const page = (questions: string) =>
	`Intro.\n\n## Key points\n\n- One.\n\n## Check yourself\n\n${questions}\n## Sources\n\n- a\n`;

describe('self-check format', () => {
	it('accepts three numbered questions with explained answers', () => {
		expect(selfCheckProblems(page([1, 2, 3].map(question).join('\n')))).toEqual([]);
	});

	it('names each problem: too few questions, a missing answer, wrong order of sections', () => {
		expect(selfCheckProblems(page(question(1)))).toContain('ask 3 to 5 questions, not 1');
		const unanswered = question(3).replace('**Answer:** the', 'The');
		expect(selfCheckProblems(page([question(1), question(2), unanswered].join('\n')))).toContain(
			'question 3: open the body with **Answer:**',
		);
		const misplaced = `## Check yourself\n\n${[1, 2, 3].map(question).join('\n')}\n## Key points\n\n- One.\n\n## Sources\n`;
		expect(selfCheckProblems(misplaced)).toContain(
			'the last sections must be Key points, Check yourself, Sources, in that order',
		);
		expect(selfCheckProblems('## Key points\n\n## Sources\n')).toHaveLength(1);
	});
});

describe('a self-check on every topic page', () => {
	it('finds the topic pages', () => {
		expect(topicFiles.length).toBeGreaterThanOrEqual(80);
	});
	it.each(topicFiles)('%s has 3 to 5 answered questions after Key points', (file) => {
		expect(selfCheckProblems(bodyOf(file))).toEqual([]);
	});
});
