/**
 * How long an imported title, summary and quote may be, and the check the importers share.
 *
 * Lengths are counted in UTF-16 code units (JavaScript's `string.length`): an emoji counts
 * two. Longer text is reported and not taken, never cut: a cut quote is no longer verbatim.
 * The names and values are those the model's validator uses for its own limits, so that an
 * import never writes a file the validator then refuses for its length.
 */

export const MAX_TITLE_LENGTH = 1000;
export const MAX_SUMMARY_LENGTH = 20000;
export const MAX_QUOTE_LENGTH = 5000;

/** Why `text` is too long for `limit`, or undefined when it fits. */
export function overLimit(text: string, limit: number): string | undefined {
	return text.length > limit ? `is ${text.length} characters long (UTF-16 code units); the limit is ${limit}` : undefined;
}
