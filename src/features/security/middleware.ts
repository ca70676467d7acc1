import { defineMiddleware } from 'astro:middleware';
import { completePageCsp } from './page-csp.ts';

/** Runs on every prerendered page: see completePageCsp for what it adds and checks. */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = completePageCsp(await response.text(), context.url.pathname);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
