// `npm run permalinks`: builds, then adds every new address and heading anchor in dist/ to
// permalinks.lock.json. It never removes one; see the lock's "about" line for what to do instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite } from '../features/deep-links/built-site.ts';
import { brokenPermalinks, mergeLock, type PermalinkLock, unlisted } from '../features/deep-links/permalinks.ts';

const dist = join(process.cwd(), 'dist');
const lockFile = join(process.cwd(), 'permalinks.lock.json');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('dist/ has no build. Run `npm run permalinks` (it builds first) or `npm run build`.');
	process.exit(1);
}

const site = readBuiltSite(dist);
const lock = existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, 'utf8')) as PermalinkLock) : undefined;
const added = lock ? unlisted(lock, site) : [];
const next = mergeLock(lock, site);
writeFileSync(lockFile, `${JSON.stringify(next, null, '\t')}\n`);

const anchors = Object.values(next.pages).reduce((sum, list) => sum + list.length, 0);
console.log(`permalinks.lock.json: ${Object.keys(next.pages).length} addresses, ${anchors} anchors.`);
console.log(lock ? `Added ${added.length}: ${added.join(', ') || 'nothing new'}.` : 'Created the lock.');

const broken = brokenPermalinks(next, site);
if (broken.length > 0) {
	console.error(`\n${broken.length} locked address(es) no longer land:\n- ${broken.join('\n- ')}`);
	process.exit(1);
}
