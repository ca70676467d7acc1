import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/features/search/vocabulary.ts';

describe('buildVocabulary', () => {
	it('lists titles, aliases, glossary terms, headings and tags once each, in that order', () => {
		const vocabulary = buildVocabulary([
			{
				title: 'Step 5: Git, Docker and Postman',
				section: 'career',
				aliases: ['developer tools'],
				tags: ['version-control', 'docker'],
				headings: [
					{ depth: 2, text: 'Why learn Git first?' },
					{ depth: 4, text: 'Too deep to be a term' },
					{ depth: 2, text: 'Key points' },
				],
			},
			{
				title: 'Glossary',
				section: 'glossary',
				aliases: [],
				tags: [],
				headings: [
					{ depth: 2, text: 'D' },
					{ depth: 3, text: 'Docker' },
					{ depth: 3, text: 'Dead-letter queue' },
				],
			},
		]);
		expect(vocabulary).toEqual([
			'Git, Docker and Postman',
			'Glossary',
			'developer tools',
			'Docker',
			'Dead-letter queue',
			'Why learn Git first',
			'version control',
		]);
	});
});
