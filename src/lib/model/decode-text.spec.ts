import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(text: string, order: 'LE' | 'BE'): Uint8Array {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const pair = [unit & 0xff, unit >> 8];
		out.push(...(order === 'LE' ? pair : pair.reverse()));
	}
	return Uint8Array.from(out);
}

function refusal(input: Uint8Array) {
	const result = decodeText(input);
	if (result.ok) throw new Error(`expected the bytes to be refused, got ${JSON.stringify(result.text)}`);
	return result;
}

describe('decodeText: what is read', () => {
	const text = 'Zelensky said “yes” — 3 000 km, naïve 🇺🇦\nline two';

	it.each([
		{ name: 'UTF-8', input: utf8(text), encoding: 'UTF-8' },
		{ name: 'UTF-8 with a byte-order mark', input: bytes([0xef, 0xbb, 0xbf], utf8(text)), encoding: 'UTF-8' },
		{ name: 'UTF-16LE with a byte-order mark', input: bytes([0xff, 0xfe], utf16(text, 'LE')), encoding: 'UTF-16LE' },
		{ name: 'UTF-16BE with a byte-order mark', input: bytes([0xfe, 0xff], utf16(text, 'BE')), encoding: 'UTF-16BE' }
	])('$name gives the same text, without the mark', ({ input, encoding }) => {
		expect(decodeText(input)).toEqual({ ok: true, text, encoding });
	});

	it('keeps a second U+FEFF: only the first one is a byte-order mark', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8('\uFEFFa')))).toMatchObject({ ok: true, text: '\uFEFFa' });
	});

	it('reads an empty file as empty text', () => {
		expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'UTF-8' });
	});

	it('leaves line endings alone: what to do with them is the caller’s choice', () => {
		expect(decodeText(utf8('a\r\nb\rc'))).toMatchObject({ ok: true, text: 'a\r\nb\rc' });
	});
});

describe('decodeText: what is refused, and where', () => {
	it('refuses Latin-1 instead of reading it with U+FFFD', () => {
		// "Café\nnaïve" in Latin-1: é is 0xE9 at byte 3.
		const result = refusal(bytes(utf8('Caf'), [0xe9], utf8('\nna'), [0xef], utf8('ve')));
		expect(result).toMatchObject({ offset: 3, line: 1 });
		expect(result.message).toContain('not valid UTF-8');
		expect(result.message).toContain('0xE9');
		expect(result.message).toContain('at byte 3 (line 1');
		expect(result.message).toContain('Latin-1');
	});

	it('points at the first byte of a broken multi-byte character, and counts lines', () => {
		// "€" is E2 82 AC; here its last byte is replaced by "x", on line 3.
		const input = bytes(utf8('one\ntwo\n€ '), [0xe2, 0x82], utf8('x'));
		const result = refusal(input);
		expect(result).toMatchObject({ offset: utf8('one\ntwo\n€ ').length, line: 3 });
	});

	it('words every refusal to follow "<file> is "', () => {
		for (const input of [bytes([0xe9]), bytes([0xe2]), bytes([0]), bytes([0xff, 0xfe, 0, 0xd8, 0x41, 0])]) {
			expect(refusal(input).message).toMatch(/^not /);
		}
	});

	it.each([
		{ name: 'an overlong encoding of "/"', input: [0xc0, 0xaf] },
		{ name: 'an encoded surrogate', input: [0xed, 0xa0, 0x80] },
		{ name: 'a code point above U+10FFFF', input: [0xf4, 0x90, 0x80, 0x80] },
		{ name: 'a lone continuation byte', input: [0x80] }
	])('refuses $name at its first byte', ({ input }) => {
		expect(refusal(bytes(utf8('ok '), input))).toMatchObject({ offset: 3, line: 1 });
	});

	it('refuses a file cut in the middle of a character', () => {
		const result = refusal(bytes(utf8('ab'), [0xe2, 0x82]));
		expect(result).toMatchObject({ offset: 2 });
		expect(result.message).toContain('ends in the middle of a character');
	});

	it('refuses UTF-16 without a byte-order mark (it would read as UTF-8 with NULs)', () => {
		const result = refusal(utf16('{"a": 1}', 'LE'));
		expect(result).toMatchObject({ offset: 1, line: 1 });
		expect(result.message).toMatch(/^not text: a NUL character at byte 1 \(line 1\); .*UTF-16 without a byte-order mark/);
	});

	it('refuses a lone surrogate in UTF-16, at its byte offset', () => {
		const result = refusal(bytes([0xff, 0xfe], utf16('ab', 'LE'), [0x00, 0xd8], utf16('c', 'LE')));
		expect(result).toMatchObject({ offset: 6 });
		expect(result.message).toContain('not valid UTF-16LE');
	});

	it('refuses UTF-16 with an odd number of bytes', () => {
		expect(refusal(bytes([0xfe, 0xff], utf16('ab', 'BE'), [0x00]))).toMatchObject({ offset: 6 });
	});
});
