/**
 * Finding a quote verbatim in an archived source text.
 *
 * A quote is verified only if it stands in the source character for character. The match
 * folds exactly three things that copy-and-paste routinely changes and a reader would not
 * call a misquote: runs of whitespace (including line breaks), typographic quotation marks
 * (’ “ ” …) and dashes (– — …). Nothing else: not case, not punctuation, not ellipses.
 * The offsets returned point into the original text, so the source view can highlight it.
 */

export interface QuoteSpan {
	/** Offset of the first character of the quote in the source text (UTF-16 code units). */
	start: number;
	/** Offset just past its last character. */
	end: number;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
const WHITESPACE = /\s/;

function foldChar(ch: string): string {
	if (SINGLE_QUOTES.test(ch)) return "'";
	if (DOUBLE_QUOTES.test(ch)) return '"';
	if (DASHES.test(ch)) return '-';
	return ch;
}

/** The folded text, and for each of its characters the offset it came from in the original. */
export interface FoldedText {
	text: string;
	/** origin[i] is the offset in the original text of folded character i; origin[text.length] is the original length. */
	origin: number[];
}

export function foldForMatching(original: string): FoldedText {
	let text = '';
	const origin: number[] = [];
	let inSpace = false;
	for (let i = 0; i < original.length; i++) {
		const ch = original[i] as string;
		const code = ch.charCodeAt(0);
		// ASCII, most of any text, without the regular expressions: no ASCII character is a
		// typographic quote or dash, and its whitespace is tab to carriage return and space.
		if (code < 128 && code !== 32 && (code < 9 || code > 13)) {
			inSpace = false;
			text += ch;
			origin.push(i);
			continue;
		}
		if (WHITESPACE.test(ch)) {
			if (!inSpace) {
				text += ' ';
				origin.push(i);
			}
			inSpace = true;
			continue;
		}
		inSpace = false;
		text += foldChar(ch);
		origin.push(i);
	}
	origin.push(original.length);
	return { text, origin };
}

/**
 * Every place the quote stands in the source, in order. Leading and trailing whitespace of
 * the quote is ignored; an empty quote matches nowhere.
 */
export function findQuote(source: FoldedText, quote: string): QuoteSpan[] {
	const needle = foldForMatching(quote.trim()).text;
	if (needle === '') return [];
	const spans: QuoteSpan[] = [];
	for (let at = source.text.indexOf(needle); at !== -1; at = source.text.indexOf(needle, at + 1)) {
		const lastFolded = at + needle.length - 1;
		spans.push({ start: source.origin[at] as number, end: (source.origin[lastFolded] as number) + 1 });
	}
	return spans;
}

/** The first place the quote stands in the source, as findQuote(…)[0] without looking further. */
export function findFirstQuote(source: FoldedText, quote: string): QuoteSpan | undefined {
	const needle = foldForMatching(quote.trim()).text;
	if (needle === '') return undefined;
	const at = source.text.indexOf(needle);
	if (at === -1) return undefined;
	return { start: source.origin[at] as number, end: (source.origin[at + needle.length - 1] as number) + 1 };
}

/** Do two spans share at least one character? */
export function overlaps(a: QuoteSpan, b: QuoteSpan): boolean {
	return a.start < b.end && b.start < a.end;
}
