/**
 * What a link, a colour and a window name may be when they cross into or out of Citeline:
 * the importers keep only these, and the TimelineJS export writes only these, whatever a
 * hand-written timeline file says (TimelineJS pastes some of them into HTML and CSS).
 *
 * The rules are the format's (src/lib/model/links.ts, css-color.ts), with one more for links
 * that come in: a relative path points into the site that published the file, not to the
 * media, so an import refuses it. It does not sanitize HTML (html.ts does).
 */
import { isCssColor } from '../model/css-color';
import { linkProblem as formatLinkProblem } from '../model/links';

export { markupIn } from '../model/safe-html';

/**
 * Why a link is not kept, or undefined for an absolute http(s) link (or a protocol-relative
 * one, "//upload.wikimedia.org/…", which is https on an https page).
 */
export function linkProblem(link: string): string | undefined {
	const problem = formatLinkProblem(link);
	if (problem !== undefined) {
		const scheme = schemeOf(link);
		return scheme !== undefined && scheme !== 'http:' && scheme !== 'https:' && !/^\s/.test(link) && !/[\t\n\r]/.test(link)
			? `a ${scheme} link is never followed`
			: `"${preview(link)}" ${problem}`;
	}
	if (!/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('//')) {
		return `"${preview(link)}" is a relative link, which only works on the site the file came from; give the whole address (https://…)`;
	}
	return undefined;
}

/** A CSS hex colour ("#F45B69", "#fff") or colour name ("papayawhip", "transparent"): what TimelineJS files use. */
export const isColour = isCssColor;

/** A link's target window: "_blank", "_self", or a name of letters, digits, "-" and "_". */
export function isWindowName(value: string): boolean {
	return /^[A-Za-z0-9_-]+$/.test(value);
}

/** The scheme a browser would read, e.g. "javascript:", or undefined for a relative link or one that does not parse. */
function schemeOf(link: string): string | undefined {
	try {
		return /^[a-z][a-z0-9+.-]*:/i.test(link) ? new URL(link).protocol : undefined;
	} catch {
		return undefined;
	}
}

function preview(text: string): string {
	return text.length <= 40 ? text : `${text.slice(0, 40)}…`;
}
