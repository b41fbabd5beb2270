import { describe, expect, it } from 'vitest';
import { printable, printableIssue } from './printable';

describe('printable', () => {
	it.each([
		{ name: 'an ANSI colour sequence', text: 'id \u001b[31mred\u001b[0m', shown: 'id \\u001b[31mred\\u001b[0m' },
		{ name: 'a window-title sequence ending in BEL', text: '\u001b]0;pwned\u0007', shown: '\\u001b]0;pwned\\u0007' },
		{ name: 'a carriage return that would overwrite the line', text: 'bad\rgood', shown: 'bad\\u000dgood' },
		{ name: 'newlines and tabs, so that a problem stays on one line', text: 'a\nb\tc', shown: 'a\\u000ab\\u0009c' },
		{ name: 'a C1 control (CSI)', text: 'x\u009by', shown: 'x\\u009by' },
		{ name: 'bidi overrides', text: 'abc\u202edcb\u2066x\u2069', shown: 'abc\\u202edcb\\u2066x\\u2069' },
		{ name: 'a byte-order mark and a zero-width space', text: '\ufeff{a\u200bb', shown: '\\ufeff{a\\u200bb' }
	])('shows $name as escapes', ({ text, shown }) => {
		expect(printable(text)).toBe(shown);
	});

	it('leaves ordinary text alone, accents, quotes, emoji and all', () => {
		const text = 'Zelensky: “30-day ceasefire” — naïve 🇺🇦 👩‍👩‍👧 日本語 \\ backslash';
		expect(printable(text)).toBe(text);
	});

	it('escapes what an issue quotes from the data', () => {
		const line = printableIssue({
			file: 'data/timelines/x/timeline.json',
			line: 3,
			column: 5,
			entity: { kind: 'event', id: 'e\u001b[2J' },
			field: 'parent',
			message: 'parent event "\u001b[31mnope" does not exist'
		});
		expect(line).toBe('data/timelines/x/timeline.json:3:5 event "e\\u001b[2J" › parent: parent event "\\u001b[31mnope" does not exist');
		expect(line).not.toMatch(/[\u0000-\u001f]/);
	});
});
