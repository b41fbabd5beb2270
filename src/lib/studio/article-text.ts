/**
 * The text of an article's HTML, as a reader sees it: one paragraph per block (a paragraph, a
 * heading, a list item…) separated by a blank line, a line break for <br>, and runs of spaces
 * and line breaks of the HTML source read as one space, as a browser lays them out. <pre>
 * keeps its text as it stands. Nothing else is changed: no character is replaced or dropped.
 *
 * Uses only the DOM's node tree (no layout, no styles), so that a browser's DOMParser document
 * and jsdom's give the same text: the studio and `npm run archive` archive the same characters.
 */

const BLOCKS = new Set(
	'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr ul'.split(' ')
);
const CELLS = new Set(['td', 'th']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'button', 'select', 'textarea', 'input', 'head']);
/** The whitespace HTML collapses: space, tab, line feed, form feed, carriage return (not the no-break space). */
const HTML_SPACE = /[ \t\n\f\r]+/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function articleText(root: Node): string {
	const blocks: string[] = [];
	let line = '';
	let lines: string[] = [];

	/** A line of <pre> keeps its spaces; elsewhere spaces at either end of a line are layout, not text. */
	const endLine = (pre = false) => {
		lines.push(pre ? line : line.replace(/^ +| +$/g, ''));
		line = '';
	};
	const endBlock = () => {
		endLine();
		const text = lines.join('\n').replace(/^\n+|\n+$/g, '');
		if (text.trim() !== '') blocks.push(text);
		lines = [];
	};

	const walk = (node: Node, pre: boolean) => {
		if (node.nodeType === TEXT_NODE) {
			const data = node.nodeValue ?? '';
			if (pre) {
				const parts = data.split('\n');
				parts.forEach((part, i) => {
					if (i > 0) endLine(true);
					line += part;
				});
			} else {
				const collapsed = data.replace(HTML_SPACE, ' ');
				line += line.endsWith(' ') || line === '' ? collapsed.replace(/^ /, '') : collapsed;
			}
			return;
		}
		if (node.nodeType !== ELEMENT_NODE) return;
		const name = (node as Element).localName;
		if (SKIPPED.has(name)) return;
		if (name === 'br') {
			endLine();
			return;
		}
		const block = BLOCKS.has(name);
		if (block) endBlock();
		if (CELLS.has(name) && line !== '' && !line.endsWith(' ')) line += ' ';
		for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'pre');
		if (name === 'pre') endLine(true);
		if (block) endBlock();
	};

	walk(root, false);
	endBlock();
	return blocks.join('\n\n');
}
