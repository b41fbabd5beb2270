import { describe, expect, it } from 'vitest';
import { foldText, queryTerms, splitWords, termMatches } from './fold';

describe('foldText', () => {
	it.each([
		['Résumé', 'resume'],
		['KYIV', 'kyiv'],
		['Ёлка', 'елка'],
		['Їжак', 'іжак'],
		['Zürich', 'zurich'],
		['Путін', 'путін']
	])('%s → %s', (text, folded) => expect(foldText(text)).toBe(folded));
});

describe('words and terms', () => {
	it('splits on spaces, punctuation and symbols in any script', () => {
		expect(splitWords('a 30-day moratorium — “Kremlin’s” view; 175 × 175')).toEqual(['a', '30', 'day', 'moratorium', 'Kremlin', 's', 'view', '175', '175']);
		expect(splitWords('обмін полоненими: 175 на 175')).toEqual(['обмін', 'полоненими', '175', 'на', '175']);
	});

	it('folds the query and drops repeats', () => {
		expect(queryTerms('  Prisoner prisoner ÉXCHANGE ')).toEqual(['prisoner', 'exchange']);
		expect(queryTerms('—')).toEqual([]);
	});

	it('matches prefixes from two characters, a single character only as a whole word', () => {
		expect(termMatches('exchange', 'ex')).toBe(true);
		expect(termMatches('exchange', 'e')).toBe(false);
		expect(termMatches('e', 'e')).toBe(true);
		expect(termMatches('175', '17')).toBe(true);
		expect(termMatches('exchange', 'change')).toBe(false);
	});
});
