import type { BrowserContext } from 'playwright-core';

/**
 * Watches every page of `context` for what no page may do: break its Content-Security-Policy (seen two ways: the
 * DOM's `securitypolicyviolation` event, and Chromium's console report of a blocked load), log an error, throw, or
 * request anything from another origin (the no-third-party promise). Call before the pages it should see load.
 * `take()` returns what was found since the last call, and how many requests were made, which proves the watch saw
 * the page at all.
 */
export async function watchPageHealth(context: BrowserContext, siteUrl: string) {
	let problems: string[] = [];
	let requests = 0;
	await context.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP: ${text}`));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
			report(
				`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`,
			);
		});
	});
	context.on('console', (message) => {
		if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text()))
			problems.push(`console ${message.type()} on ${message.page()?.url()}: ${message.text()}`);
	});
	context.on('weberror', (error) => problems.push(`error on ${error.page()?.url()}: ${error.error().message}`));
	context.on('request', (request) => {
		requests++;
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== siteUrl)
			problems.push(`request to another site: ${request.url()}`);
	});
	return {
		take() {
			const found = { problems, requests };
			problems = [];
			requests = 0;
			return found;
		},
	};
}
