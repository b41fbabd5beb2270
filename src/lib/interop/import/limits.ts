/**
 * How long an imported title, summary and quote may be: the format's own limits
 * (src/lib/model/limits.ts), so that an import never writes a file the validator then
 * refuses for its length. Longer text is reported and not taken, never cut: a cut quote is
 * no longer verbatim.
 */
import { charCount, MAX_CHARS } from '../../model/limits';

export const MAX_TITLE_LENGTH = MAX_CHARS.title;
export const MAX_SUMMARY_LENGTH = MAX_CHARS.text;
export const MAX_QUOTE_LENGTH = MAX_CHARS.quote;

/** Why `text` is too long for `limit`, or undefined when it fits (counted in characters, as the validator counts). */
export function overLimit(text: string, limit: number): string | undefined {
	if (text.length <= limit) return undefined;
	const count = charCount(text);
	return count > limit ? `is ${count} characters long; the limit is ${limit}` : undefined;
}
