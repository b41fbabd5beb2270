/**
 * Text made safe for an SVG document. Everything from the data (titles, labels, credits,
 * URLs) goes through here: it is text, never markup.
 */

/** Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for element content and for attribute values (single or double quoted). */
export function escapeXml(text: string): string {
	return text
		.replace(FORBIDDEN, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Formats a number for an attribute: at most two decimals, no "-0". */
export function num(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}
