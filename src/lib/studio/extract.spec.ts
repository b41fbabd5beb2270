import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText } from './article-text';
import { edtfOfPublished, extractArticle } from './extract';
import { sourceFromFile } from './file-source';

const fixture = readFileSync(new URL('../../../tests/fixtures/studio/harbour-article.html', import.meta.url), 'utf8');
/** As `npm run archive` parses a page: no scripts, no resources. */
const parse = (html: string) => new JSDOM(html).window.document;

describe('extractArticle', () => {
	it('reads the article text and the metadata the page states', () => {
		const result = extractArticle(parse(fixture), fixture);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { text, ...meta } = result.source;
		expect(meta).toEqual({
			title: 'Harbour wall closed after storm damage',
			publisher: 'Millbrook Gazette',
			url: 'https://gazette.example.org/news/harbour-wall-closed',
			published: '2025-03-05'
		});
		expect(text).toContain('Engineers inspected the wall on the morning of 4 March and found that a section of the parapet had been washed away. The inspection took most of the day.');
		expect(text).toContain('the work “could run into April”.');
		// Navigation and footer are not the article.
		expect(text).not.toContain('Subscribe');
		expect(text).not.toContain('Sport');
	});

	it('leaves out what the page does not state, rather than guess it', () => {
		const page = `<html><body><article>${'<p>Plain paragraph of reporting with no metadata at all, long enough to be an article.</p>'.repeat(8)}</article></body></html>`;
		const result = extractArticle(parse(page), page);
		expect(result.ok && { ...result.source, text: undefined }).toEqual({ text: undefined, title: null, publisher: null });
	});

	it('takes a relative or non-http canonical link as no address', () => {
		const page = `<html><head><link rel="canonical" href="/news/a"><meta property="og:url" content="javascript:alert(1)"></head><body><article>${'<p>Reporting text that is long enough to count as the article body here.</p>'.repeat(8)}</article></body></html>`;
		const result = extractArticle(parse(page), page);
		expect(result.ok && result.source.url).toBeUndefined();
	});

	it('says why when a page has no article', () => {
		const page = '<html><body></body></html>';
		expect(extractArticle(parse(page), page)).toEqual({ ok: false, reason: expect.stringContaining('no article text') });
	});
});

describe('edtfOfPublished', () => {
	it.each([
		['2025-03-05T08:15:00+00:00', '2025-03-05'],
		['2025-03-05T23:30:00-05:00', '2025-03-05'],
		['2025-03-05', '2025-03-05'],
		['2025-03', '2025-03'],
		['2025', '2025'],
		['March 5, 2025', undefined],
		['2025-13-01', undefined],
		['', undefined],
		[null, undefined]
	])('%s → %s', (input, expected) => expect(edtfOfPublished(input)).toBe(expected));
});

describe('articleText', () => {
	const text = (html: string) => articleText(parse(`<div id="r">${html}</div>`).getElementById('r') as Element);

	it('separates blocks by a blank line and reads source line breaks and runs of spaces as one space', () => {
		expect(text('<h2>Head</h2><p>One\n   two <b>three</b></p><ul><li>a</li><li>b</li></ul>')).toBe('Head\n\nOne two three\n\na\n\nb');
	});

	it('keeps no-break spaces, typographic quotes and dashes as they are', () => {
		expect(text('<p>10\u00a0March — “quoted”</p>')).toBe('10\u00a0March — “quoted”');
	});

	it('breaks lines at <br> and keeps <pre> as it stands', () => {
		expect(text('<p>a<br>b</p><pre>x  y\n  z</pre>')).toBe('a\nb\n\nx  y\n  z');
	});

	it('reads no script or style text', () => {
		expect(text('<p>a<script>evil()</script><style>p{}</style> b</p>')).toBe('a b');
	});
});

describe('sourceFromFile', () => {
	const bytes = (s: string) => new TextEncoder().encode(s);

	it('reads a .txt as it stands, CRLF as LF, with no metadata', () => {
		expect(sourceFromFile('notes.txt', bytes('a\r\nb  “c”'), parse)).toEqual({ ok: true, kind: 'text', source: { text: 'a\nb  “c”', title: null, publisher: null } });
	});

	it('refuses a file that is not UTF-8, saying where and why', () => {
		const result = sourceFromFile('latin.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]), parse);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^latin\.txt is not valid UTF-8.* at byte 3/) });
	});

	it('refuses a file that is neither text nor a web page', () => {
		expect(sourceFromFile('photo.jpg', bytes('x'), parse)).toEqual({ ok: false, reason: expect.stringContaining('choose a .txt file or a web page') });
	});

	it('refuses an empty file', () => {
		expect(sourceFromFile('empty.txt', bytes(''), parse)).toEqual({ ok: false, reason: 'empty.txt is empty' });
	});
});
