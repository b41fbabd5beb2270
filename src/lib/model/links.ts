/**
 * What a link in a timeline file may be (media, thumbnail, media link, background image).
 *
 * These fields are published as they stand: the TimelineJS export hands them to TimelineJS,
 * which puts them into src and href attributes (some by pasting them into HTML). So a link
 * must lead to a web page or file: an http(s) URL, or a relative or protocol-relative one
 * ("images/ada.jpg", "//upload.wikimedia.org/…", as TimelineJS files often have), which a
 * browser resolves against the http(s) page that shows it. Any other scheme — javascript:,
 * data:, vbscript:, file: — is refused, however it is disguised: the scheme is read the way
 * a browser reads it (the WHATWG URL parser drops tabs and line breaks inside a scheme).
 * Spaces, quotes and angle brackets must be percent-encoded, so that a link cannot close
 * the attribute it is pasted into.
 */

const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f"'<>\\`]/;
/** Stands for the page that will show the link, to resolve relative links against. */
const PAGE = 'https://page.invalid/';

/** Why a link is refused, or undefined when it is an http(s) link. */
export function linkProblem(link: string): string | undefined {
	const unsafe = UNSAFE_CHARACTER.exec(link);
	if (unsafe !== null) {
		const char = unsafe[0];
		const code = char.charCodeAt(0);
		const shown = code <= 0x20 || code === 0x7f ? (code === 0x20 ? 'a space' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`) : `"${char}"`;
		return `contains ${shown}: percent-encode it (e.g. %${code.toString(16).toUpperCase().padStart(2, '0')}) or remove it`;
	}
	let url: URL;
	try {
		url = new URL(link, PAGE);
	} catch {
		return 'is not a URL';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return `is a ${url.protocol} link: only http:// and https:// links (or relative ones) are allowed`;
	}
	return undefined;
}
