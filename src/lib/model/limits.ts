/**
 * How long the texts of a timeline file may be.
 *
 * The limits are generous: they are there so that a runaway paste, a whole article pasted
 * as a title or a file made to exhaust the build is refused with a clear message, not to
 * make editors count. Lengths are counted in characters (Unicode code points, as JSON
 * Schema's maxLength counts them), so an emoji is one. The validator enforces them through
 * schema.ts; importers use the same numbers to refuse or report over-long input.
 */

export const MAX_CHARS = {
	/** Titles and names: timeline, event, era, discrepancy and source titles, labels, publishers, display dates. */
	title: 1_000,
	/** Prose in the timeline's own words: summaries, notes, descriptions. */
	text: 20_000,
	/** A verbatim quote (and a furniture passage): a passage, not the whole source. */
	quote: 5_000,
	/** Sanitized HTML (textHtml, media captions and credits, embed codes): text plus its markup. */
	html: 50_000,
	/** A link (media, thumbnail, background). */
	url: 8_000
} as const;

export type TextKind = keyof typeof MAX_CHARS;

/** The length of a text in Unicode code points. */
export function charCount(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// A high surrogate followed by a low one is one character.
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) i++;
		}
		count++;
	}
	return count;
}

/** Why a text is too long for its kind, or undefined when it is not. */
export function lengthProblem(text: string, kind: TextKind): string | undefined {
	const max = MAX_CHARS[kind];
	// Cheap test first: a string of at most max UTF-16 units has at most max characters.
	if (text.length <= max) return undefined;
	const count = charCount(text);
	return count <= max ? undefined : `is ${count.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are allowed`;
}
