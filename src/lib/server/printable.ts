/**
 * Problem messages made safe to print on a terminal.
 *
 * Messages quote the data: an id, a quote, a file name. Data can hold characters a terminal
 * obeys instead of showing: ESC starts a control sequence that can recolour, move the cursor
 * or retitle the window, a carriage return overwrites what was printed, bidirectional
 * controls reorder what is shown (as in "Trojan Source"), and a byte-order mark or a
 * zero-width space is simply invisible. Each such character is printed as its \uXXXX
 * escape, so that a problem line shows what the file holds, on one line.
 *
 * Only for printing: the data and the messages themselves are not changed.
 */
import { formatIssue, type ValidationIssue } from '../model/validate';

// C0 controls (tab and newline too: a problem is one line), DEL, C1 controls, zero-width
// space, LRM/RLM, line and paragraph separators, bidi embeddings and isolates, the BOM.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function printable(text: string): string {
	return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** formatIssue, printable. */
export function printableIssue(issue: ValidationIssue): string {
	return printable(formatIssue(issue));
}
