import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../lib/chromium.ts';

/**
 * Lighthouse's command line, from the devDependency pinned in package-lock.json, so scores stay comparable
 * between commits. It drives the Chromium we pass (puppeteer-core and chrome-launcher download no browser).
 */
export function lighthouseCli(): string {
	return createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
}

export interface LighthouseResult {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

interface Report {
	categories: Record<string, { score: number | null }>;
	audits: Record<string, { numericValue?: number }>;
}

/** One Lighthouse run with its default mobile preset (simulated slow 4G, Moto G Power screen). */
export function runLighthouse(lighthouseCli: string, chromium: string, url: string): Promise<LighthouseResult> {
	// To a file, not stdout: the report (with its screenshots) is large, and a piped stdout can be
	// cut short when the CLI exits.
	const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const output = join(dir, 'report.json');
	const args = [
		lighthouseCli,
		url,
		'--output=json',
		`--output-path=${output}`,
		'--quiet',
		'--no-enable-error-reporting',
		'--only-categories=performance,accessibility,best-practices,seo',
		`--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
	];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromium } });
		let stderr = '';
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0 || !existsSync(output)) {
				rmSync(dir, { recursive: true, force: true });
				return reject(new Error(`Lighthouse failed on ${url} (exit ${code}): ${stderr.slice(-2000)}`));
			}
			const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
			rmSync(dir, { recursive: true, force: true });
			const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
			const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
			resolve({
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				fcpMs: value('first-contentful-paint'),
				lcpMs: value('largest-contentful-paint'),
				tbtMs: value('total-blocking-time'),
				cls: value('cumulative-layout-shift'),
			});
		});
	});
}
