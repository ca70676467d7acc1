// Prints `tests: N passed, M failed` from the Vitest JSON reports, so CI's last line is counted, not typed.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['test-results/unit.json', 'test-results/e2e.json'];
let passed = 0;
let failed = 0;
for (const path of reports) {
	if (!existsSync(path)) {
		console.log(`(no report at ${path}: that stage did not run)`);
		continue;
	}
	const report = JSON.parse(readFileSync(path, 'utf8')) as { numPassedTests: number; numFailedTests: number };
	passed += report.numPassedTests;
	failed += report.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
