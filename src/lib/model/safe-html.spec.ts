import { describe, expect, it } from 'vitest';
import { htmlProblems, markupIn } from './safe-html';

describe('htmlProblems', () => {
	it.each([
		['plain text', 'They spoke.'],
		['paragraphs and inline markup', '<p>They <b>spoke</b> <i>twice</i>.</p><p>Then <em>stopped</em>.<br></p>'],
		['a link as the import writes it', '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">x</a>'],
		['a mailto link', '<a href="mailto:desk@example.org">mail</a>'],
		['an image with alt text, self-closed', '<img src="https://example.org/a.jpg" alt="A picture" />'],
		['single-quoted and unquoted attributes', "<a href='https://example.org' class=lead>x</a>"],
		['upper-case tags', '<P>Shout</P>'],
		['aria attributes', '<span aria-label="Note" role="note">n</span>'],
		['a table', '<table><tr><td colspan="2">cell</td></tr></table>'],
		['a "<" that cannot start a tag', 'a < b, 3<4, <3 and "<" alone at the end <'],
		['entities', '&lt;script&gt; is text &amp; stays text'],
		['a leading space before a link', '<a href=" https://example.org">x</a>']
	])('accepts %s', (_, html) => {
		expect(htmlProblems(html)).toEqual([]);
	});

	it.each([
		['a script', '<script>alert(1)</script>', 'contains <script>, which sanitizing removes'],
		['a script in capitals', '<SCRIPT>alert(1)</SCRIPT>', 'contains <script>'],
		['a style element', '<style>body{display:none}</style>', 'contains <style>'],
		['svg with onload', '<svg onload="alert(1)">', 'contains <svg>'],
		['an iframe', '<iframe src="https://evil.example"></iframe>', 'contains <iframe>'],
		['a form control', '<input autofocus onfocus="alert(1)">', 'contains <input>'],
		['an event handler', '<img src="https://x.org/a.jpg" onerror="alert(1)">', 'the attribute onerror on <img>'],
		['a style attribute', '<p style="color:red">x</p>', 'the attribute style on <p>'],
		['an id', '<p id="main">x</p>', 'the attribute id on <p>'],
		['a data attribute', '<p data-x="1">x</p>', 'the attribute data-x on <p>'],
		['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'href="javascript:alert(1)" on <a>'],
		['a javascript: link in capitals with spaces', '<a href="  JavaScript:alert(1)">x</a>', 'href="JavaScript:alert(1)"'],
		['a link hidden by a character reference', '<a href="&#106;avascript:alert(1)">x</a>', 'which is not an absolute'],
		['a link with a tab in its scheme', '<a href="java\tscript:alert(1)">x</a>', 'which is not an absolute'],
		['a relative link (the import drops it)', '<a href="/page">x</a>', 'href="/page"'],
		['a data: image', '<img src="data:image/png;base64,AAAA">', 'src="data:image/png;base64,AAAA"'],
		['a mailto: image', '<img src="mailto:x@example.org">', 'not an absolute http:, https: link'],
		['a link without a value', '<a href>x</a>', 'href=""'],
		['a comment', '<!-- <script>alert(1)</script> -->', 'an HTML comment'],
		['a CDATA section', '<![CDATA[x]]>', 'not a well-formed tag'],
		['a processing instruction', '<?xml x?>', 'not a well-formed tag'],
		['attributes without whitespace between them', '<img src="https://x.org/a.jpg"onerror="alert(1)">', 'not a well-formed tag'],
		['slashes for separators', '<img/src="x"/onerror="alert(1)">', 'not a well-formed tag'],
		['a tag left open', '<img src="https://x.org/a.jpg" onerror="alert(1)"', 'not a well-formed tag'],
		['a nested tag name', '<scr<script>ipt>alert(1)</script>', 'not a well-formed tag'],
		['a bogus end tag', '</ x>', 'not a well-formed tag'],
		['an end tag with attributes', '</p class="x">', 'not a well-formed tag'],
		['a vertical tab for a space', '<a\vhref="https://x.org">x</a>', 'not a well-formed tag']
	])('refuses %s', (_, html, message) => {
		const problems = htmlProblems(html);
		expect(problems.join('\n')).toContain(message);
	});

	it('names each kind of problem once', () => {
		expect(htmlProblems('<script>a</script><script>b</script><b onclick="x">c</b>')).toEqual([
			'contains <script>, which sanitizing removes',
			'contains the attribute onclick on <b>, which sanitizing removes'
		]);
	});
});

describe('markupIn', () => {
	it.each([
		['Council & Crown', undefined],
		['a < b and <3', undefined],
		['<b>Council</b>', '<b>'],
		['x </p> y', '</p>'],
		['Winter <!-- note -->', '<!-- note -->'],
		['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>']
	])('%s → %s', (text, markup) => {
		expect(markupIn(text)).toBe(markup);
	});
});
