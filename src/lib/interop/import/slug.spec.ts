import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from './slug';

describe('slugify', () => {
	it.each<[string, string]>([
		['Ada Lovelace', 'ada-lovelace'],
		['"The Mother of the Internet"', 'the-mother-of-the-internet'],
		['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
		['Karen Spärck Jones', 'karen-sparck-jones'],
		['Ada!', 'ada'],
		['  --x__y--  ', 'x-y'],
		['1815', '1815'],
		['日本', ''],
		['', '']
	])('%j → %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it('cuts long text at a word boundary, never mid-word, and stays a slug', () => {
		const slug = slugify('word '.repeat(30));
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toMatch(/^(word-)*word$/);
	});
});

describe('uniqueSlugs', () => {
	it('numbers repeats from 2 and uses the fallback for empty bases', () => {
		const next = uniqueSlugs();
		expect([next('ada', 'event'), next('ada', 'event'), next('', 'event'), next('', 'event'), next('ada', 'event'), next('ada-2', 'event')]).toEqual([
			'ada',
			'ada-2',
			'event',
			'event-2',
			'ada-3',
			'ada-2-2'
		]);
	});
});
