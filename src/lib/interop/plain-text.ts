/**
 * Plain text that is shown as HTML somewhere down the line.
 *
 * Some plain-text fields of a timeline (a lane's name, a display date, a media's alt text)
 * are written by the TimelineJS export into places TimelineJS reads as HTML, so the format
 * keeps anything a browser would read as a tag out of them: a "<" followed by a letter,
 * "/", "!" or "?". ("a < b" and "<3" are text to a browser, and allowed.) The importers use
 * this to report such text instead of writing a file the validator would then refuse.
 */

/** The first piece of `text` a browser would read as markup, or undefined when there is none. */
export function markupIn(text: string): string | undefined {
	const found = /<[A-Za-z/!?]/.exec(text);
	if (found === null) return undefined;
	const rest = text.slice(found.index);
	const end = rest.indexOf('>');
	return end !== -1 && end < 40 ? rest.slice(0, end + 1) : `${rest.slice(0, 30)}…`;
}
