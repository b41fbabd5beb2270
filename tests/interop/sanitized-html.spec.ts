/**
 * The import's sanitizer (src/lib/interop/html.ts, DOMPurify over jsdom) and the validator's
 * HTML rules (src/lib/model/safe-html.ts, no DOM) must agree: whatever the import writes into
 * a timeline file validates, and the hostile HTML it cleans is refused when a file holds it
 * as written. If DOMPurify or its configuration changes, this is where the two drift apart.
 */
import { describe, expect, it } from 'vitest';
import { nodeHtmlCleaner } from '../../src/lib/interop/html-node';
import { htmlProblems } from '../../src/lib/model/safe-html';

const cleaner = nodeHtmlCleaner();

/** Hostile HTML, as an imported TimelineJS file may carry it. */
const HOSTILE = [
	'<p>Hi</p><script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<img src="https://x.org/a.jpg" onerror="alert(1)">',
	'<a href="javascript:alert(1)">x</a>',
	'<a href="jav&#x09;ascript:alert(1)">x</a>',
	'<a href=" javascript:alert(1)" onclick="x()">x</a>',
	'<svg><script>alert(1)</script></svg>',
	'<svg onload=alert(1)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<iframe src="https://evil.example"></iframe>',
	'<form action="https://evil.example"><input name="q"><button>Go</button></form>',
	'<p style="position:fixed;inset:0">Cover</p>',
	'<p id="main" data-x="1">x</p>',
	'<!-- a comment --><b>bold</b>',
	'<img/src="x"/onerror="alert(1)">',
	'<a href="data:text/html,<script>alert(1)</script>">x</a>',
	'<img src="data:image/png;base64,AAAA">',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<style>@import "https://evil.example/x.css";</style>',
	'<object data="https://evil.example/x.swf"></object>'
];

/** Ordinary TimelineJS text. */
const ORDINARY = [
	'<p>They <b>spoke</b> for <i>two hours</i>.</p>',
	'<p>See <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada</a> &amp; <a href="mailto:desk@example.org">us</a>.</p>',
	"<a href='http://www.flickr.com/photos/tm_10001/'>Photo</a>",
	'<blockquote cite="https://example.org">There is no demand for women engineers, as such.</blockquote>',
	'<span class="tl-note">Note</span><br>3 &lt; 4',
	'<ul><li>one</li><li>two</li></ul><table><tr><th>a</th><td colspan="2">b</td></tr></table>',
	'<img src="https://upload.wikimedia.org/a.jpg" alt="A">',
	'Plain text with a < sign'
];

describe('the import sanitizer and the validator agree', () => {
	it.each([...HOSTILE, ...ORDINARY])('what the import keeps of %j validates', (html) => {
		expect(htmlProblems(cleaner.sanitize(html))).toEqual([]);
	});

	it.each(HOSTILE)('%j, written into a file as it is, is refused', (html) => {
		expect(htmlProblems(html)).not.toEqual([]);
	});
});
