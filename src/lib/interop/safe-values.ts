/**
 * What a link, a colour and a window name may be when they cross into or out of Citeline:
 * the importers keep only these, and the TimelineJS export writes only these, whatever a
 * hand-written timeline file says (TimelineJS pastes some of them into HTML and CSS).
 *
 * It does not sanitize HTML (html.ts does) or check plain text for markup (plain-text.ts).
 */
import { color } from 'd3-color';

/** Characters a link must percent-encode: whitespace and controls, and what could close an attribute or a tag. */
const UNSAFE_IN_LINK = /[\u0000-\u0020\u007f"'<>\\`]/;

/**
 * Why a link is not kept, or undefined for an absolute http(s) link (or a protocol-relative
 * one, "//upload.wikimedia.org/…", which is https on an https page). A relative path is
 * refused too: it points into the site that published the file, not to the media.
 */
export function linkProblem(link: string): string | undefined {
	const unsafe = UNSAFE_IN_LINK.exec(link);
	if (unsafe !== null) {
		const code = unsafe[0].charCodeAt(0);
		const shown = code === 0x20 ? 'a space' : code < 0x20 || code === 0x7f ? `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${unsafe[0]}"`;
		return `"${preview(link)}" contains ${shown}, which a link must percent-encode`;
	}
	if (!/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('//')) {
		return `"${preview(link)}" is a relative link, which only works on the site the file came from; give the whole address (https://…)`;
	}
	let url: URL;
	try {
		url = new URL(link, 'https://page.invalid/');
	} catch {
		return `"${preview(link)}" is not a link`;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return `a ${url.protocol} link is never followed`;
	return undefined;
}

const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** A CSS hex colour ("#F45B69", "#fff") or colour name ("papayawhip", "transparent"): what TimelineJS files use. */
export function isColour(value: string): boolean {
	return HEX_COLOUR.test(value) || (/^[a-z]+$/i.test(value) && color(value) !== null);
}

/** A link's target window: "_blank", "_self", or a name of letters, digits, "-" and "_". */
export function isWindowName(value: string): boolean {
	return /^[A-Za-z0-9_-]+$/.test(value);
}

function preview(text: string): string {
	return text.length <= 40 ? text : `${text.slice(0, 40)}…`;
}
