import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface AuditReport {
	vulnerabilities?: Record<string, { severity: string; via: (string | { title: string; url: string })[] }>;
	metadata?: { vulnerabilities: Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number> };
	/** Set when the registry's audit endpoint could not be asked at all. */
	error?: { summary: string };
	message?: string;
}

/** What `npm audit --omit=dev` found at high or critical severity, one line per package. */
function seriousAdvisories(report: AuditReport): string[] {
	return Object.entries(report.vulnerabilities ?? {})
		.filter(([, entry]) => entry.severity === 'high' || entry.severity === 'critical')
		.map(([name, entry]) => {
			const advisories = entry.via.map((via) => (typeof via === 'string' ? `via ${via}` : `${via.title} ${via.url}`));
			return `${name} (${entry.severity}): ${advisories.join('; ')}`;
		});
}

describe('runtime dependencies', () => {
	it('have no high or critical advisory (npm audit --omit=dev --audit-level=high)', (context) => {
		const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
			encoding: 'utf8',
			timeout: 60_000,
		});
		const report = JSON.parse(audit.stdout || '{}') as AuditReport;
		if (!report.metadata) {
			// No report at all (offline, or a registry mirror without the audit endpoint) is not a
			// clean bill of health: say so loudly and skip rather than pass.
			console.warn(`npm audit could not ask the registry: ${report.message ?? audit.stderr.trim()}`);
			context.skip();
		}
		expect(seriousAdvisories(report)).toEqual([]);
		expect(audit.status).toBe(0);
	}, 90_000);

	it('reads npm audit reports', () => {
		const report: AuditReport = {
			vulnerabilities: {
				'left-pad': {
					severity: 'critical',
					via: [{ title: 'Prototype pollution', url: 'https://github.com/advisories/x' }],
				},
				wrapper: { severity: 'high', via: ['left-pad'] },
				minor: { severity: 'moderate', via: [{ title: 'ReDoS', url: 'https://github.com/advisories/y' }] },
			},
			metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 1 } },
		};
		expect(seriousAdvisories(report)).toEqual([
			'left-pad (critical): Prototype pollution https://github.com/advisories/x',
			'wrapper (high): via left-pad',
		]);
	});
});
