import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { archiveFile } from '../../features/portable/build/paths.ts';
import { filesUnder } from '../../lib/files.ts';
import type { BenchContext, BenchRows } from './types.ts';

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
/** Issue 19's target: the archive at most 1.5 times the online site's compressed HTML, CSS, JS and search index. */
const targetRatio = 1.5;

/** The portable copy (src/features/portable/): its archive, unpacked, against what a host sends compressed. */
export async function measure(ctx: BenchContext): Promise<BenchRows> {
	const archive = readFileSync(join(ctx.dist, archiveFile));
	const unpacked = Object.values(unzipSync(archive)).reduce((sum, data) => sum + data.length, 0);
	const online = filesUnder(ctx.dist, '**/*.{html,css,js}')
		.concat(filesUnder(ctx.dist, 'pagefind/**/*.*'), [join(ctx.dist, 'search-vocabulary.json')])
		.filter((file, index, all) => all.indexOf(file) === index && !relative(ctx.dist, file).startsWith('downloads'))
		.reduce((sum, file) => {
			const body = readFileSync(file);
			return sum + Math.min(body.length, gzipSync(body).length);
		}, 0);
	const ratio = archive.length / online;
	return [
		['Portable copy: archive', mb(archive.length)],
		['Portable copy: unpacked', mb(unpacked)],
		['Online HTML, CSS, JS and search index, gzip', mb(online)],
		[
			'Portable copy: archive / online compressed',
			`${ratio.toFixed(2)} (target ≤ ${targetRatio}: ${ratio <= targetRatio ? 'met' : 'missed'})`,
		],
	];
}
