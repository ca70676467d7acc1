// `npm run facts`: the time-bound figures due for a re-check, and the pages that show them.

import { loadRegistry, registryFile } from '../features/facts/registry.ts';
import { factUsage } from '../features/facts/usage.ts';

const today = new Date().toISOString().slice(0, 10);
const facts = [...loadRegistry().values()].sort((a, b) => a.reviewBy.localeCompare(b.reviewBy));
const usage = factUsage();
const due = facts.filter((fact) => fact.reviewBy <= today);

console.log(`${facts.length} facts in ${registryFile}; earliest review-by date: ${facts[0]?.reviewBy ?? 'none'}.`);
if (due.length === 0) {
	console.log(`Nothing is due for review on ${today}.`);
} else {
	console.log(
		`\n${due.length} due for review on ${today} (check each against its source, then update value, checked and reviewBy):\n`,
	);
	for (const fact of due) {
		console.log(
			`- ${fact.id} (${registryFile}:${fact.line}): "${fact.value}", checked ${fact.checked}, due ${fact.reviewBy}`,
		);
		console.log(`  source: ${fact.source}`);
		console.log(`  used on: ${(usage.get(fact.id) ?? ['no page']).join(', ')}`);
	}
}
const unused = facts.filter((fact) => !usage.has(fact.id));
if (unused.length > 0)
	console.log(`\nNot used by any page (npm test fails on these): ${unused.map((fact) => fact.id).join(', ')}`);
