import { describe, expect, it } from 'vitest';
import { splitPassages, textFragmentUrl, type Paragraph, type PassageSpan } from './passages';

const quote = (key: string, start: number, end: number): PassageSpan => ({ key, start, end, kind: 'quote' });

/** Pieces as [text, covers, begins], the shape a reader checks. */
const pieces = (p: Paragraph) => p.pieces.map((x) => [x.text, x.covers, x.begins]);

describe('splitPassages', () => {
	//            0         1         2         3         4
	//            0123456789012345678901234567890123456789012345
	const text = 'Alpha beta.\n\nGamma delta epsilon.\n   \nZeta.';

	it('splits on newlines and skips blank lines, keeping offsets into the whole text', () => {
		const paragraphs = splitPassages(text, []);
		expect(paragraphs.map((p) => p.start)).toEqual([0, 13, 38]);
		expect(paragraphs.map((p) => p.pieces.map((x) => [x.text, x.start, x.end]))).toEqual([
			[['Alpha beta.', 0, 11]],
			[['Gamma delta epsilon.', 13, 33]],
			[['Zeta.', 38, 43]]
		]);
		expect(paragraphs.flatMap((p) => p.pieces).every((x) => x.covers.length === 0 && x.begins.length === 0)).toBe(true);
	});

	it('cuts a paragraph at the edges of a quote', () => {
		// "delta" is 19–24.
		const [, second] = splitPassages(text, [quote('quote-19-24', 19, 24)]);
		expect(pieces(second as Paragraph)).toEqual([
			['Gamma ', [], []],
			['delta', ['quote-19-24'], ['quote-19-24']],
			[' epsilon.', [], []]
		]);
	});

	it('cuts overlapping quotes into pieces that list every quote covering them', () => {
		// "delta epsilon" (19–32) and "epsilon." (25–33) share "epsilon".
		const [, second] = splitPassages(text, [quote('a', 19, 32), quote('b', 25, 33)]);
		expect(pieces(second as Paragraph)).toEqual([
			['Gamma ', [], []],
			['delta ', ['a'], ['a']],
			['epsilon', ['a', 'b'], ['b']],
			['.', ['b'], []]
		]);
	});

	it('handles a quote inside another, and two quotes of the same passage', () => {
		// "Gamma delta epsilon." whole (13–33) with "delta" (19–24) inside; "delta" cited twice shares its key
		// but a second span with another key over the same offsets begins at the same piece.
		const [, second] = splitPassages(text, [quote('whole', 13, 33), quote('delta', 19, 24), quote('delta-2', 19, 24)]);
		expect(pieces(second as Paragraph)).toEqual([
			['Gamma ', ['whole'], ['whole']],
			['delta', ['whole', 'delta', 'delta-2'], ['delta', 'delta-2']],
			[' epsilon.', ['whole'], []]
		]);
	});

	it('carries a span across paragraphs, marking where it begins only once', () => {
		// "beta." (6–11), the blank line, and "Gamma" (13–18): one span 6–18.
		const paragraphs = splitPassages(text, [quote('across', 6, 18)]);
		expect(paragraphs.map(pieces)).toEqual([
			[
				['Alpha ', [], []],
				['beta.', ['across'], ['across']]
			],
			[
				['Gamma', ['across'], []],
				[' delta epsilon.', [], []]
			],
			[['Zeta.', [], []]]
		]);
	});

	it('treats page furniture like any other span', () => {
		const [first] = splitPassages(text, [{ key: 'furniture-0-5', start: 0, end: 5, kind: 'furniture' }]);
		expect(pieces(first as Paragraph)).toEqual([
			['Alpha', ['furniture-0-5'], ['furniture-0-5']],
			[' beta.', [], []]
		]);
	});

	it('ignores spans that only touch a paragraph', () => {
		// Ends where the second paragraph starts; starts where the first one ends.
		const paragraphs = splitPassages(text, [quote('before', 11, 13), quote('after', 33, 38)]);
		expect(paragraphs.flatMap((p) => p.pieces).every((x) => x.covers.length === 0 && x.begins.length === 0)).toBe(true);
	});

	it('keeps every piece equal to its slice of the text, over generated texts and spans', () => {
		let seed = 12345;
		const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
		for (let round = 0; round < 50; round++) {
			const chars = Array.from({ length: 200 }, () => (rand() < 0.08 ? '\n' : rand() < 0.1 ? ' ' : String.fromCharCode(97 + Math.floor(rand() * 26))));
			const source = chars.join('');
			const spans = Array.from({ length: 6 }, (_, i) => {
				const start = Math.floor(rand() * 190);
				return quote(`s${i}`, start, start + 1 + Math.floor(rand() * 40));
			});
			const paragraphs = splitPassages(source, spans);
			const lines = source.split('\n').filter((l) => l.trim() !== '');
			expect(paragraphs).toHaveLength(lines.length);
			paragraphs.forEach((p, i) => {
				// Pieces are contiguous and rebuild the line.
				expect(p.pieces.map((x) => x.text).join('')).toBe(lines[i]);
				expect(p.pieces[0]?.start).toBe(p.start);
				for (const x of p.pieces) {
					expect(x.text).toBe(source.slice(x.start, x.end));
					expect(x.end).toBeGreaterThan(x.start);
					// A piece is covered by exactly the spans that contain every character of it.
					const covering = spans.filter((s) => s.start <= x.start && s.end >= x.end).map((s) => s.key);
					expect(x.covers).toEqual(covering);
					// …and no span starts or ends strictly inside it.
					for (const s of spans) {
						expect(s.start > x.start && s.start < x.end, `${s.key} starts inside ${x.start}–${x.end}`).toBe(false);
						expect(s.end > x.start && s.end < x.end, `${s.key} ends inside ${x.start}–${x.end}`).toBe(false);
					}
				}
			});
			// Each span begins once, in the piece at its start (unless it starts on a newline or a blank line).
			for (const s of spans) {
				const beginners = paragraphs.flatMap((p) => p.pieces).filter((x) => x.begins.includes(s.key));
				expect(beginners.length).toBeLessThanOrEqual(1);
				if (beginners[0]) expect(beginners[0].start).toBe(s.start);
			}
		}
	});
});

describe('textFragmentUrl', () => {
	const rows: Array<{ name: string; url: string; quote: string; expected: string }> = [
		{ name: 'a short quote, whole', url: 'https://example.org/news/1', quote: 'the call lasted', expected: 'https://example.org/news/1#:~:text=the%20call%20lasted' },
		{
			name: 'hyphens, which mean something in a text fragment, are encoded',
			url: 'https://example.org/a',
			quote: 'a thirty-day ceasefire',
			expected: 'https://example.org/a#:~:text=a%20thirty%2Dday%20ceasefire'
		},
		{
			name: 'commas and ampersands too',
			url: 'https://example.org/a',
			quote: 'energy, infrastructure & ports',
			expected: 'https://example.org/a#:~:text=energy%2C%20infrastructure%20%26%20ports'
		},
		{
			name: 'eight words: still whole',
			url: 'https://example.org/a',
			quote: 'one two three four five six seven eight',
			expected: 'https://example.org/a#:~:text=one%20two%20three%20four%20five%20six%20seven%20eight'
		},
		{
			name: 'nine words or more: the first four and the last four',
			url: 'https://example.org/a',
			quote: 'one two three four five six seven eight nine',
			expected: 'https://example.org/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine'
		},
		{
			name: 'a long quote with a hyphen in its end',
			url: 'https://example.org/a',
			quote: 'The two presidents agreed that the conflict must move to a long-term peace',
			expected: 'https://example.org/a#:~:text=The%20two%20presidents%20agreed,to%20a%20long%2Dterm%20peace'
		},
		{
			name: 'whitespace and line breaks in the quote collapse to single spaces',
			url: 'https://example.org/a',
			quote: '  the\n call   lasted ',
			expected: 'https://example.org/a#:~:text=the%20call%20lasted'
		},
		{
			name: 'an existing fragment is dropped, the query kept',
			url: 'https://example.org/a?lang=en#section-2',
			quote: 'the call lasted',
			expected: 'https://example.org/a?lang=en#:~:text=the%20call%20lasted'
		},
		{
			name: 'non-ASCII text is percent-encoded as UTF-8',
			url: 'https://example.org/a',
			quote: '«Путин»',
			expected: 'https://example.org/a#:~:text=%C2%AB%D0%9F%D1%83%D1%82%D0%B8%D0%BD%C2%BB'
		}
	];

	it.each(rows)('$name', ({ url, quote, expected }) => {
		expect(textFragmentUrl(url, quote)).toBe(expected);
	});

	it('leaves no raw hyphen, comma (other than the separator) or ampersand in the fragment', () => {
		const url = textFragmentUrl('https://example.org/a', 'pre-war, post-war & mid-war: one two three four-five, six & seven-eight');
		const fragment = url.slice(url.indexOf('#:~:text=') + '#:~:text='.length);
		expect(fragment).not.toMatch(/[-&\s]/);
		expect(fragment.split(',')).toHaveLength(2);
		expect(fragment.split(',').map(decodeURIComponent)).toEqual(['pre-war, post-war & mid-war:', 'four-five, six & seven-eight']);
	});
});
