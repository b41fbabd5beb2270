/**
 * Bytes to text, the same way for every file Citeline reads: timeline files and archives at
 * build time, `npm run import` on the command line and /import in the browser.
 *
 * Text is UTF-8. A byte-order mark says otherwise: UTF-8 (EF BB BF), UTF-16LE (FF FE) or
 * UTF-16BE (FE FF); the mark is dropped and the rest decoded in that encoding. Anything that
 * does not decode is refused, never repaired: a Latin-1 file read as UTF-8 would turn "é"
 * into U+FFFD, and a quote would then be "verified" against text the source never had. So
 * decoding is fatal, and the refusal says at which byte (and line) the bad bytes start.
 *
 * A NUL character is refused too: no text file of a timeline has one, and NULs every other
 * byte are what UTF-16 saved without a byte-order mark looks like when read as UTF-8.
 *
 * Pure: no file system, no DOM; TextDecoder exists in Node and in browsers.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export type DecodedText =
	| { ok: true; text: string; encoding: TextEncodingName }
	| {
			ok: false;
			/** What is wrong and how to fix it, to follow "<the file> is ": it starts with "not". */
			message: string;
			/** Offset in bytes, from the start of the file, of the first byte that could not be read. */
			offset: number;
			/** Line of that byte, from 1. */
			line: number;
	  };

const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: TextEncodingName }> = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
	{ bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
	{ bytes: [0xfe, 0xff], encoding: 'UTF-16BE' }
];

export function decodeText(bytes: Uint8Array): DecodedText {
	const mark = BYTE_ORDER_MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
	const encoding = mark?.encoding ?? 'UTF-8';
	const start = mark?.bytes.length ?? 0;
	const body = bytes.subarray(start);
	const decoder = () => new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: true });

	let text: string;
	try {
		text = decoder().decode(body);
	} catch {
		// Decoding a prefix as a stream accepts a character cut at its end, and refuses only
		// bytes that can never be text: the longest prefix that decodes ends where the bad bytes start.
		const decodesAsStream = (length: number): string | undefined => {
			try {
				return decoder().decode(body.subarray(0, length), { stream: true });
			} catch {
				return undefined;
			}
		};
		let lo = 0;
		let hi = body.length;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if (decodesAsStream(mid) !== undefined) lo = mid;
			else hi = mid - 1;
		}
		const good = decodesAsStream(lo) ?? '';
		const offset = start + byteLength(good, encoding);
		const line = lineAt(good);
		if (lo === body.length) {
			return { ok: false, offset, line, message: `not valid ${encoding}: the file ends in the middle of a character, at byte ${offset} (line ${line})` };
		}
		const hint =
			encoding === 'UTF-8'
				? 'save the file as UTF-8 (it may be in Latin-1 or Windows-1252, which are not read)'
				: `the file starts with a ${encoding} byte-order mark but is not ${encoding} text; save it as UTF-8`;
		return { ok: false, offset, line, message: `not valid ${encoding} at byte ${offset} (line ${line}, 0x${hex(bytes[offset] ?? 0)}); ${hint}` };
	}

	const nul = text.indexOf('\u0000');
	if (nul >= 0) {
		const before = text.slice(0, nul);
		const offset = start + byteLength(before, encoding);
		const line = lineAt(before);
		return {
			ok: false,
			offset,
			line,
			message: `not text: a NUL character at byte ${offset} (line ${line}); it is not a text file, or it is UTF-16 without a byte-order mark: save it as UTF-8`
		};
	}
	return { ok: true, text, encoding };
}

function byteLength(text: string, encoding: TextEncodingName): number {
	return encoding === 'UTF-8' ? new TextEncoder().encode(text).length : text.length * 2;
}

function lineAt(textBefore: string): number {
	return textBefore.split('\n').length;
}

function hex(byte: number): string {
	return byte.toString(16).toUpperCase().padStart(2, '0');
}
