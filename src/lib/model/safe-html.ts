/**
 * What HTML a timeline file may hold (textHtml, media captions and credits, embed codes),
 * and what counts as plain text where a field is copied into HTML unescaped.
 *
 * Imported HTML is sanitized on the way in (src/lib/interop/html.ts, DOMPurify); a file
 * written by hand must hold no more than that. The file's HTML is published as it stands
 * (in /t/<slug>/timeline.json, in the TimelineJS export, where TimelineJS shows it as
 * HTML), so this check is what keeps a script out of a reader's page. It needs no DOM: it
 * reads the HTML the way a browser's tokenizer does, and accepts only a strict subset:
 *
 * - every `<` opens a well-formed start or end tag of an allowed element, or is followed
 *   by something that cannot start a tag (a space, a digit), so that no comment, doctype,
 *   CDATA section or half-written tag can make a browser read the text differently;
 * - attributes are separated by whitespace, named from a fixed list (no `on…` handler, no
 *   `style`, no `id`, no `data-…`), and links in them are absolute http(s) (or mailto);
 * - no element switches the tokenizer into another mode (script, style, textarea, title,
 *   iframe, noscript, plaintext, svg, math…): none of them is allowed.
 *
 * It does not check that tags are balanced: the browser balances them inside the element
 * that shows the text, and an unbalanced tag cannot run anything.
 */

/** Elements a timeline's text may use: text-level and block markup, lists, tables, images. */
export const HTML_ELEMENTS: readonly string[] = [
	'a', 'abbr', 'acronym', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite',
	'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q',
	'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
	'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr'
];

/** Attributes allowed on any of those elements, besides `aria-…`. */
export const HTML_ATTRIBUTES: readonly string[] = [
	'class', 'title', 'lang', 'dir', 'translate', 'role',
	'href', 'rel', 'hreflang', 'src', 'alt', 'width', 'height', 'loading', 'cite', 'datetime',
	'start', 'reversed', 'type', 'value', 'colspan', 'rowspan', 'headers', 'scope', 'span',
	'align', 'valign', 'border', 'cellpadding', 'cellspacing', 'color', 'face', 'size', 'open', 'summary'
];

/** Attributes that hold a link, and the schemes each may use. Any other value is refused. */
export const HTML_LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	href: ['http', 'https', 'mailto'],
	src: ['http', 'https'],
	cite: ['http', 'https']
};

const ELEMENTS = new Set(HTML_ELEMENTS);
const ATTRIBUTES = new Set(HTML_ATTRIBUTES);
const ARIA = /^aria-[a-z]+$/;

// HTML's own whitespace: a no-break space or a vertical tab does not separate attributes.
const WS = '[\\t\\n\\f\\r ]';
const NAME = '[A-Za-z][A-Za-z0-9]*';
const ATTR_NAME = '[A-Za-z][A-Za-z0-9_:.-]*';
const ATTR_VALUE = `(?:"[^"]*"|'[^']*'|[^\\t\\n\\f\\r "'=<>\`]+)`;
const ATTRIBUTE = `${WS}+(${ATTR_NAME})(?:${WS}*=${WS}*(${ATTR_VALUE}))?`;
const START_TAG = new RegExp(`^<(${NAME})((?:${ATTRIBUTE})*)${WS}*/?>`);
const END_TAG = new RegExp(`^</(${NAME})${WS}*>`);
const ATTRIBUTES_IN_TAG = new RegExp(ATTRIBUTE, 'g');

/** Why an HTML text would not survive sanitizing, one message per problem; empty when it is safe. */
export function htmlProblems(html: string): string[] {
	const problems: string[] = [];
	const add = (problem: string) => {
		if (!problems.includes(problem)) problems.push(problem);
	};
	for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
		const rest = html.slice(at);
		const next = rest.charAt(1);
		// A "<" that cannot open a tag is text to a browser ("a < b", "<3").
		if (!/[A-Za-z/!?]/.test(next)) continue;

		const end = END_TAG.exec(rest);
		if (end) {
			const name = (end[1] as string).toLowerCase();
			if (!ELEMENTS.has(name)) add(`contains <${name}>, which sanitizing removes`);
			at += end[0].length - 1;
			continue;
		}
		const start = START_TAG.exec(rest);
		if (!start) {
			if (rest.startsWith('<!--')) add('contains an HTML comment, which sanitizing removes');
			else add(`contains "${preview(rest)}", which is not a well-formed tag; write "&lt;" for a "<" that is text`);
			continue;
		}
		at += start[0].length - 1;
		const name = (start[1] as string).toLowerCase();
		if (!ELEMENTS.has(name)) {
			add(`contains <${name}>, which sanitizing removes`);
			continue;
		}
		for (const [, rawName, rawValue] of (start[2] as string).matchAll(ATTRIBUTES_IN_TAG)) {
			const attribute = (rawName as string).toLowerCase();
			if (!ATTRIBUTES.has(attribute) && !ARIA.test(attribute)) {
				add(`contains the attribute ${attribute} on <${name}>, which sanitizing removes`);
				continue;
			}
			const schemes = HTML_LINK_ATTRIBUTES[attribute];
			if (schemes === undefined) continue;
			const value = unquote(rawValue ?? '').replace(/^[\t\n\f\r ]+/, '');
			// The scheme is read from the text as written: a character reference (&#106;avascript:) never passes.
			const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
			if (scheme === undefined || !schemes.includes(scheme)) {
				const allowed = schemes.map((s) => `${s}:`).join(', ');
				add(`contains ${attribute}="${preview(value)}" on <${name}>, which is not an absolute ${allowed} link; sanitizing removes it`);
			}
		}
	}
	return problems;
}

/**
 * Plain text that other tools show as HTML (TimelineJS shows a group name or a display date
 * as HTML) must not hold anything a browser reads as a tag. Returns the first such piece.
 */
export function markupIn(text: string): string | undefined {
	const found = /<[A-Za-z/!?]/.exec(text);
	return found === null ? undefined : preview(text.slice(found.index));
}

function unquote(value: string): string {
	return /^["']/.test(value) ? value.slice(1, -1) : value;
}

/** The start of a piece of text, short enough to quote in a message. */
function preview(text: string): string {
	const end = text.indexOf('>');
	const piece = end !== -1 && end < 40 ? text.slice(0, end + 1) : text.slice(0, 30);
	return piece.length < text.length && !piece.endsWith('>') ? `${piece}…` : piece;
}
