/**
 * RFC 5545 content lines: TEXT escaping (3.3.11) and line folding (3.1), for ics.ts.
 *
 * Written here rather than taken from a calendar library because the ones at hand get
 * exactly these wrong: they leave commas and semicolons raw in CATEGORIES and
 * X-WR-CALNAME, pass control characters through, and fold at 75 characters (or 76 octets)
 * instead of 75 octets. This module knows nothing of timelines.
 */

/** What iCalendar TEXT cannot hold at all (3.3.11: only TSAFE characters, tab included, and escapes). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Half a surrogate pair: it has no UTF-8 encoding. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export interface EscapedText {
	value: string;
	/** Characters that iCalendar cannot hold and were left out (U+0007…), in order. */
	removed: string[];
}

/**
 * A TEXT value: backslash, semicolon and comma escaped; every line break (CRLF, LF, or a
 * lone CR) written as \n; control characters left out and returned so that the caller can
 * say so; half surrogate pairs written as U+FFFD (and returned too).
 */
export function escapeText(text: string): EscapedText {
	const removed: string[] = [];
	const value = text
		.replace(LONE_SURROGATE, (c) => {
			removed.push(c);
			return '\ufffd';
		})
		.replace(/\r\n|\r|\n/g, '\n')
		.replace(CONTROL, (c) => {
			removed.push(c);
			return '';
		})
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');
	return { value, removed };
}

const MAX_OCTETS = 75;

/** The number of octets a code point takes in UTF-8. */
function octets(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into physical lines of at most 75 octets each, the CRLF not counted
 * and the leading space of a continuation line counted (3.1), breaking only between code
 * points so that no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const length = octets(char.codePointAt(0) as number);
		if (size + length > MAX_OCTETS) {
			lines.push(current);
			current = ' ';
			size = 1;
		}
		current += char;
		size += length;
	}
	lines.push(current);
	return lines.join('\r\n');
}

/** `NAME[;PARAM=…]:value`, folded; the value must already be in its type's form (escapeText for TEXT). */
export function contentLine(nameAndParameters: string, value: string): string {
	return foldLine(`${nameAndParameters}:${value}`);
}
