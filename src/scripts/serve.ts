// `npm start` (after the build): serves dist/ at http://127.0.0.1:4321 the way a static host would, with the
// headers of public/_headers, the 404 page, `/a` → `/a/` and a plain 400 for malformed addresses
// (src/lib/static-server.ts). `astro preview` applies no _headers and shows stack traces for bad addresses.
import { existsSync } from 'node:fs';
import { serveDist } from '../lib/static-server.ts';

if (!existsSync('dist/index.html')) {
	console.error('dist/ has no build. Run `npm run build` first (`npm start` does it for you).');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await serveDist(undefined, { compress: true, port });
console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop).`);
