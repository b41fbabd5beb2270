/**
 * A selection in a source as a passage to cite: its offsets in the archived text, without the
 * whitespace a drag or a double-click catches at either end. What is between is kept exactly.
 */
export interface Span {
	start: number;
	end: number;
}

/** The span without leading and trailing whitespace; undefined when nothing but whitespace is selected. */
export function trimmedSpan(text: string, span: Span): Span | undefined {
	let start = Math.max(0, Math.min(span.start, span.end));
	let end = Math.min(text.length, Math.max(span.start, span.end));
	while (start < end && /\s/.test(text[start] as string)) start++;
	while (end > start && /\s/.test(text[end - 1] as string)) end--;
	return end > start ? { start, end } : undefined;
}
