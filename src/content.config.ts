import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { topicFields } from './schemas/topic.ts';

// Topic pages live in content/docs/ (outside src/), so Starlight's docsLoader,
// which is fixed to src/content/docs, is replaced by a glob over that folder.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: topicFields }),
	}),
};
