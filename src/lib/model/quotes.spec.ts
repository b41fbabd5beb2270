import { describe, expect, it } from 'vitest';
import { findFirstQuote, findQuote, foldForMatching, overlaps, type QuoteSpan } from './quotes';

/** The passages of the original text that the spans point at. */
function found(source: string, quote: string): string[] {
	return findQuote(foldForMatching(source), quote).map((span) => source.slice(span.start, span.end));
}

describe('foldForMatching', () => {
	const rows: Array<{ name: string; original: string; folded: string }> = [
		{ name: 'plain text is unchanged', original: 'Putin and Trump', folded: 'Putin and Trump' },
		{ name: 'a run of spaces becomes one', original: 'a   b', folded: 'a b' },
		{ name: 'line breaks and tabs are spaces', original: 'a\n\tb\r\nc', folded: 'a b c' },
		{ name: 'no-break and other Unicode spaces', original: 'a\u00A0b\u2009c', folded: 'a b c' },
		{ name: 'curly single quotes', original: 'Russia\u2019s \u2018deal\u2019', folded: "Russia's 'deal'" },
		{ name: 'curly double quotes and guillemets', original: '\u201Cyes\u201D \u00ABno\u00BB', folded: '"yes" "no"' },
		{ name: 'en dash, em dash, minus', original: 'US\u2013Russia \u2014 \u22123', folded: 'US-Russia - -3' },
		{ name: 'case and punctuation are kept', original: 'Hello, World\u2026!', folded: 'Hello, World\u2026!' }
	];

	it.each(rows)('$name', ({ original, folded }) => {
		expect(foldForMatching(original).text).toBe(folded);
	});

	it('maps each folded character back to its offset in the original', () => {
		const original = 'a  \u2019b\n\nc';
		const { text, origin } = foldForMatching(original);
		expect(text).toBe("a 'b c");
		// a(0) ' '(1, run 1–2) ’(3) b(4) ' '(5, run 5–6) c(7), then the original length.
		expect(origin).toEqual([0, 1, 3, 4, 5, 7, 8]);
	});

	it('folds every ASCII character as the rules say: its whitespace to one space, nothing else', () => {
		for (let code = 0; code < 128; code++) {
			const ch = String.fromCharCode(code);
			const expected = /\s/.test(ch) ? 'a b' : `a${ch}b`;
			expect(foldForMatching(`a${ch}b`).text, `U+${code.toString(16)}`).toBe(expected);
		}
		expect(foldForMatching('a \t\u2009\u2019\u00A0b').text).toBe("a ' b");
	});

	it('ends the origin table with the original length, even for an empty text', () => {
		expect(foldForMatching('')).toEqual({ text: '', origin: [0] });
	});
});

describe('findQuote', () => {
	it('finds an exact quote at its offsets in the original text', () => {
		const source = 'Trump proposed a 30-day ceasefire. Putin agreed.';
		expect(findQuote(foldForMatching(source), 'Putin agreed.')).toEqual([{ start: 35, end: 48 }]);
		expect(source.slice(35, 48)).toBe('Putin agreed.');
	});

	it('folds whitespace runs and line breaks on either side', () => {
		expect(found('lasting over\n  two hours.', 'lasting over two hours.')).toEqual(['lasting over\n  two hours.']);
		expect(found('lasting over two hours.', 'lasting over\ntwo   hours.')).toEqual(['lasting over two hours.']);
	});

	it('ignores whitespace around the quote, but not inside the source match', () => {
		expect(found('He said: over two hours.', '  over two hours.\n')).toEqual(['over two hours.']);
	});

	it('matches curly quotes in the source with straight ones in the quote', () => {
		expect(found('The Kremlin\u2019s \u201Cofficial\u201D summary', `Kremlin's "official" summary`)).toEqual([
			'Kremlin\u2019s \u201Cofficial\u201D summary'
		]);
	});

	it('matches straight quotes in the source with curly ones in the quote', () => {
		expect(found(`Trump's "ideas"`, 'Trump\u2019s \u201Cideas\u201D')).toEqual([`Trump's "ideas"`]);
	});

	it('matches en and em dashes with hyphens, both ways', () => {
		expect(found('a ceasefire\u2014particularly the demand', 'ceasefire-particularly')).toEqual(['ceasefire\u2014particularly']);
		expect(found('a ceasefire-particularly the demand', 'ceasefire\u2013particularly')).toEqual(['ceasefire-particularly']);
	});

	it('does not fold case', () => {
		expect(found('President Putin', 'president putin')).toEqual([]);
		expect(found('President Putin', 'President Putin')).toEqual(['President Putin']);
	});

	it('does not fold punctuation or ellipses', () => {
		expect(found('stable and long-term, and', 'stable and long-term and')).toEqual([]);
		expect(found('it ends here.', 'it ends here!')).toEqual([]);
		expect(found('and so on\u2026', 'and so on...')).toEqual([]);
		expect(found('a 30-day ceasefire', 'a 30 day ceasefire')).toEqual([]);
	});

	it('returns every occurrence, in order', () => {
		const source = 'the call. And the call again; the call.';
		const spans = findQuote(foldForMatching(source), 'the call');
		expect(spans).toEqual([
			{ start: 0, end: 8 },
			{ start: 14, end: 22 },
			{ start: 30, end: 38 }
		]);
		for (const span of spans) expect(source.slice(span.start, span.end)).toBe('the call');
	});

	it('finds overlapping occurrences', () => {
		expect(findQuote(foldForMatching('aaa'), 'aa')).toEqual([
			{ start: 0, end: 2 },
			{ start: 1, end: 3 }
		]);
	});

	it.each(['', '   ', '\n\t'])('an empty quote (%j) matches nowhere', (quote) => {
		expect(findQuote(foldForMatching('any text at all'), quote)).toEqual([]);
	});

	it('finds nothing when the quote is not there', () => {
		expect(findQuote(foldForMatching('Putin and Trump'), 'Trump and Putin')).toEqual([]);
	});

	it('keeps offsets right when folded characters stand before the match', () => {
		// Nine whitespace characters (3 + 1 + 5) fold to three spaces; the curly quote and the dash stay
		// one unit each: folded offsets and original offsets differ by six before "175".
		const source = 'Kremlin\u2019s   note \u2014\n\n\n  175 detainees from each side';
		const [span] = findQuote(foldForMatching(source), '175 detainees');
		expect(span).toEqual({ start: source.indexOf('175'), end: source.indexOf('175') + '175 detainees'.length });
		expect(foldForMatching(source).text.indexOf('175')).toBe(source.indexOf('175') - 6);
	});

	it('spans the original whitespace run when the match crosses it', () => {
		const source = 'x \u201Cguarantees\n   life\u201D y';
		const [span] = findQuote(foldForMatching(source), '"guarantees life"');
		expect(span).toEqual({ start: 2, end: source.length - 2 });
	});

	it('works on text outside the Basic Multilingual Plane (offsets in UTF-16 units)', () => {
		const source = '\u{1F4DE} call \u{1F4DE} ended';
		expect(found(source, 'call \u{1F4DE} ended')).toEqual(['call \u{1F4DE} ended']);
		expect(findQuote(foldForMatching(source), 'call')).toEqual([{ start: 3, end: 7 }]);
	});
});

describe('findFirstQuote', () => {
	it('gives the first place findQuote finds, or nothing', () => {
		const source = foldForMatching('He said \u201Cyes\u201D.\nShe said  "yes" \u2014 twice: "yes".');
		for (const quote of ['"yes"', 'said "yes"', '\u201Cyes\u201D - twice', '  She said "yes"  ', 'no', '', '   ']) {
			expect(findFirstQuote(source, quote), quote).toEqual(findQuote(source, quote)[0]);
		}
		expect(findFirstQuote(source, 'said "yes"')).toEqual({ start: 3, end: 13 });
	});
});

describe('overlaps', () => {
	const a: QuoteSpan = { start: 10, end: 20 };
	it.each([
		[{ start: 0, end: 10 }, false],
		[{ start: 0, end: 11 }, true],
		[{ start: 12, end: 15 }, true],
		[{ start: 19, end: 30 }, true],
		[{ start: 20, end: 30 }, false],
		[{ start: 0, end: 40 }, true]
	] as const)('%j with 10–20 → %s', (b, expected) => {
		expect(overlaps(a, b)).toBe(expected);
		expect(overlaps(b, a)).toBe(expected);
	});
});
