import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { anchorAliases } from '../features/deep-links/anchor-aliases.ts';
import { sectionIds } from '../lib/sections.ts';
import { reviewedProblem } from './reviewed-date.ts';

/** The frontmatter `section` values: the site's sections (src/lib/sections.ts); `home` only for the landing page. */
const sectionValues = ['home', ...sectionIds] as const;

/** Frontmatter fields every topic page adds to Starlight's own. */
export const topicFields = z.object({
	/** Which section the page belongs to; required, no default. */
	section: z.enum(sectionValues, {
		error: `section must be one of: ${sectionValues.join(', ')}`,
	}),
	/** Keywords for search and related pages. Default: []. */
	tags: z.array(z.string().min(1)).default([]),
	/** Other names readers search for (k8s, postgres, MQ). Default: []. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Pages to read first, as ids under content/docs (e.g. `stack/queues`). Default: []. */
	prerequisites: z.array(reference('docs')).default([]),
	/** Pages worth reading next to this one, as ids. Default: []. */
	related: z.array(reference('docs')).default([]),
	/**
	 * When an editor last checked the page, as YYYY-MM-DD; required. A date, never coerced (a number would become a
	 * day in 1970); the text as written is checked at config load (reviewed-date.ts), where the file and line are known.
	 */
	reviewed: z
		.date({ error: 'reviewed must be a date written as YYYY-MM-DD' })
		.refine((date) => reviewedProblem(date) === undefined, { error: 'reviewed must not be in the future' }),
	/** Renamed headings' old anchors, `{ old-id: current-id }`, so shared links keep landing. Default: {}. */
	anchorAliases,
});
