/**
 * Cleaning HTML that comes in with imported timelines (TimelineJS text, captions, credits).
 *
 * Imported HTML is untrusted: it is either sanitized (DOMPurify) into HTML that is safe to
 * show, or reduced to plain text where the format wants text (titles, summaries). This
 * module needs a DOM `Window` but does not pick one: the browser passes `window`, Node
 * passes a jsdom window (see html-node.ts), so the importers stay free of both.
 */
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import type { HtmlCleaner, SanitizedHtml } from './import/types';

export type { HtmlCleaner, SanitizedHtml } from './import/types';

/** Elements that have no place in a timeline's text even when harmless: forms, frames, embeds, styles. */
const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math'];
/** `style` can hide or overlay text; ids could clash with the page's own. */
const FORBID_ATTR = ['style', 'id'];

const CONFIG: Config = {
	FORBID_TAGS,
	FORBID_ATTR,
	ALLOW_DATA_ATTR: false,
	// Parse the text as body content: a leading <script> or <meta> would otherwise go to the
	// document's head, vanish unreported, and not be listed in purify.removed.
	FORCE_BODY: true,
	// Links and images only to absolute http(s) (and mailto for links); everything else is removed below.
	ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i
};

/** Block elements whose end is a paragraph break in plain text. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR']);

export function htmlCleaner(window: Window | WindowLike): HtmlCleaner {
	const purify = createDOMPurify(window as WindowLike);
	/** What the hook below removed during the current sanitize call (DOMPurify lists its own in purify.removed). */
	let hookRemoved: string[] = [];
	purify.addHook('afterSanitizeAttributes', (node) => {
		const element = node as Element;
		for (const name of ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background']) {
			const value = element.getAttribute?.(name);
			if (value === null || value === undefined) continue;
			const allowed = name === 'href' ? /^(?:https?:|mailto:)/i : /^https?:/i;
			if (name === 'srcset' || !allowed.test(value.trim())) {
				hookRemoved.push(`${name}="${preview(value)}" on <${element.tagName.toLowerCase()}>`);
				element.removeAttribute(name);
			}
		}
		if (element.tagName === 'A' && element.hasAttribute('href')) {
			// A link out of an imported text must not hand the page to the site it opens.
			element.setAttribute('rel', 'noopener noreferrer nofollow');
		}
	});

	const sanitize = (html: string): string => purify.sanitize(html, CONFIG) as string;

	return {
		sanitize,
		sanitizeReporting(html: string): SanitizedHtml {
			hookRemoved = [];
			const clean = sanitize(html);
			// FORCE_BODY's own <remove> wrapper is listed too; it was never in the text.
			const removed = purify.removed.filter((entry) => !('element' in entry) || entry.element.nodeName !== 'REMOVE').map(describeRemoved).concat(hookRemoved);
			return { html: clean, removed: [...new Set(removed)] };
		},
		toText(html: string): string {
			const container = (window.document as Document).createElement('div');
			// Sanitized first, so that script and style bodies never become text.
			container.innerHTML = sanitize(html);
			return tidy(textOf(container));
		}
	};
}

/** One entry of DOMPurify's `removed` list in words: "<script>", "onclick on <a>". */
function describeRemoved(entry: { element?: Node; attribute?: Attr | null; from?: Node }): string {
	if (entry.attribute) return `${entry.attribute.name}="${preview(entry.attribute.value)}" on <${(entry.from?.nodeName ?? '').toLowerCase()}>`;
	const name = entry.element?.nodeName ?? '';
	if (name === '#comment') return 'an HTML comment';
	return name.startsWith('#') ? name.slice(1) : `<${name.toLowerCase()}>`;
}

function preview(value: string): string {
	return value.length <= 30 ? value : `${value.slice(0, 30)}…`;
}

function textOf(node: Node): string {
	// In HTML a line break in the text is a space; only <br> and blocks break lines.
	if (node.nodeType === 3) return (node.nodeValue ?? '').replace(/\s+/g, ' ');
	if (node.nodeType !== 1) return '';
	const element = node as Element;
	if (element.tagName === 'BR') return '\n';
	let text = '';
	for (const child of Array.from(element.childNodes)) text += textOf(child);
	return BLOCKS.has(element.tagName) ? `\n\n${text}\n\n` : text;
}

/** Runs of spaces to one, spaces around line breaks dropped, at most one blank line, no edges. */
function tidy(text: string): string {
	return text
		.replace(/[^\S\n]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
