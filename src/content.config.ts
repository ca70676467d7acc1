import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { topicFields } from './schemas/topic.ts';

// Topic pages live in content/docs/ (outside src/), so Starlight's docsLoader,
// which is fixed to src/content/docs, is replaced by a glob over that folder.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: topicFields }),
	}),
	// Our UI-string overrides (src/content/i18n/en.json); declaring it also silences Starlight's missing-collection warning.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
