import { describe, expect, it } from 'vitest';
import { nodeHtmlCleaner } from './html-node';

const cleaner = nodeHtmlCleaner();

describe('htmlCleaner: sanitize', () => {
	it.each<[string, string, string]>([
		['a script element', '<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
		['an event handler', '<a href="https://x.org" onclick="alert(1)">x</a>', '<a href="https://x.org" rel="noopener noreferrer nofollow">x</a>'],
		['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
		['a javascript: link in disguise', '<a href=" JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
		['a data: image', '<img src="data:image/png;base64,AAAA" alt="a">', '<img alt="a">'],
		['an onerror image', '<img src="https://x.org/a.png" onerror="alert(1)">', '<img src="https://x.org/a.png">'],
		['a relative link (it would point into Citeline)', '<a href="/admin">x</a>', '<a>x</a>'],
		['an iframe', '<iframe src="https://x.org"></iframe>ok', 'ok'],
		['a style attribute', '<span style="display:none">x</span>', '<span>x</span>'],
		['an svg with a script', '<svg><script>alert(1)</script></svg>t', 't']
	])('removes %s', (_, html, expected) => {
		expect(cleaner.sanitize(html)).toBe(expected);
	});

	it('keeps ordinary markup and http(s)/mailto links', () => {
		expect(cleaner.sanitize('<p class="lead">A <b>bold</b> <a href="mailto:a@b.org">mail</a> <a href="http://x.org/">web</a></p>')).toBe(
			'<p class="lead">A <b>bold</b> <a href="mailto:a@b.org" rel="noopener noreferrer nofollow">mail</a> <a href="http://x.org/" rel="noopener noreferrer nofollow">web</a></p>'
		);
	});
});

describe('htmlCleaner: toText', () => {
	it.each<[string, string, string]>([
		['entities decoded', 'Fish &amp; chips &eacute;t&eacute; &#8212; &lt;b&gt;', 'Fish & chips été — <b>'],
		['a line break', 'Elizabeth Taylor<br/> 1932-2011', 'Elizabeth Taylor\n1932-2011'],
		['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
		['whitespace tidied', '  a \n\t b   <span> c </span> ', 'a b c'],
		['script bodies are not text', '<p>Hi</p><script>alert("x")</script>', 'Hi'],
		['links keep their words', 'See <a href="javascript:alert(1)">this</a>.', 'See this.'],
		['plain text stays as it is', 'Ada Lovelace', 'Ada Lovelace'],
		['only markup is empty', '<p> </p>', '']
	])('%s', (_, html, expected) => {
		expect(cleaner.toText(html)).toBe(expected);
	});
});

describe('htmlCleaner: sanitizeReporting', () => {
	it('says what it removed, in words', () => {
		const { html, removed } = cleaner.sanitizeReporting('<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(2)">a</a></p>');
		expect(html).toBe('<p>Hi <a>a</a></p>');
		expect(removed.sort()).toEqual(['<script>', 'href="javascript:alert(2)" on <a>', 'onclick="x()" on <p>']);
	});

	it('reports a script or meta at the very start of the text too', () => {
		expect(cleaner.sanitizeReporting('<script>alert(1)</script><meta http-equiv="refresh" content="0">Era')).toEqual({ html: 'Era', removed: ['<script>', '<meta>'] });
	});

	it('removes nothing from safe markup, and says so', () => {
		expect(cleaner.sanitizeReporting('<p>A <b>b</b> &amp; c</p>')).toEqual({ html: '<p>A <b>b</b> &amp; c</p>', removed: [] });
	});
});
