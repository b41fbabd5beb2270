import { describe, expect, it } from 'vitest';
import { queryTerms } from './fold';
import { highlightPieces, matchRanges } from './highlight';

describe('highlightPieces', () => {
	it('marks the matched words and gives back exactly the text', () => {
		const quote = 'Russia and Ukraine would proceed with an exchange of 175 prisoners on each side';
		const pieces = highlightPieces(quote, queryTerms('175 exch'));
		expect(pieces.map((p) => p.text).join('')).toBe(quote);
		expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['exchange', '175']);
	});

	it('folds case and diacritics in the text, not only in the query', () => {
		const text = 'Zelenskyy’s RÉSUMÉ; Ёлка и ёж';
		expect(highlightPieces(text, queryTerms('resume елка ёж')).filter((p) => p.match).map((p) => p.text)).toEqual(['RÉSUMÉ', 'Ёлка', 'ёж']);
	});

	it('keeps quotes verbatim: typographic marks and odd spacing survive', () => {
		const text = '  “for the duration of the truce.”\u00a0—  ';
		expect(highlightPieces(text, queryTerms('truce')).map((p) => p.text).join('')).toBe(text);
	});

	it('marks nothing without terms, or when nothing matches', () => {
		expect(highlightPieces('plain', [])).toEqual([{ text: 'plain', match: false }]);
		expect(matchRanges('plain text', queryTerms('other'))).toEqual([]);
		expect(highlightPieces('', queryTerms('x'))).toEqual([{ text: '', match: false }]);
	});
});
