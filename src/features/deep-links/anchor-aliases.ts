import { z } from 'astro/zod';
import { idPattern } from './heading-id.ts';

const id = z.string().regex(idPattern, {
	error: 'anchorAliases: write ids without "#", in lowercase letters, digits and hyphens (old-heading: new-heading)',
});

/**
 * Old heading anchors that must keep working after a heading was reworded: `{ old-id: current-id }`.
 * Each old id is rendered as an empty target next to the current heading (rehype-heading-links).
 * Default: {}.
 */
export const anchorAliases = z.record(id, id).default({});
