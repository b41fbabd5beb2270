import { describe, expect, it } from 'vitest';
import { charCount, lengthProblem, MAX_CHARS } from './limits';

describe('charCount', () => {
	it.each([
		['', 0],
		['abc', 3],
		['Розмова', 7],
		['📞', 1],
		['a📞b', 3],
		// A lone surrogate is one character too.
		['\ud83d', 1],
		['\ud83dx', 2]
	])('%j has %i characters', (text, count) => {
		expect(charCount(text)).toBe(count);
	});
});

describe('lengthProblem', () => {
	it('accepts a text of exactly the limit', () => {
		expect(lengthProblem('t'.repeat(MAX_CHARS.title), 'title')).toBeUndefined();
		expect(lengthProblem('q'.repeat(MAX_CHARS.quote), 'quote')).toBeUndefined();
	});

	it('refuses one character more, saying how long it is and what is allowed', () => {
		expect(lengthProblem('t'.repeat(MAX_CHARS.title + 1), 'title')).toBe('is 1,001 characters long; at most 1,000 are allowed');
		expect(lengthProblem('s'.repeat(MAX_CHARS.text + 1), 'text')).toBe('is 20,001 characters long; at most 20,000 are allowed');
	});

	it('counts characters, not UTF-16 units', () => {
		expect(lengthProblem('📞'.repeat(MAX_CHARS.title), 'title')).toBeUndefined();
		expect(lengthProblem('📞'.repeat(MAX_CHARS.title + 1), 'title')).toContain('1,001 characters');
	});
});
