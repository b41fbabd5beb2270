import { describe, expect, it } from 'vitest';
import { isFollowableUrl, plainTextOf } from './html-text';

describe('plainTextOf', () => {
	it.each([
		['<p>Portrait by <a href="https://x.example">A. E. Chalon</a></p>', 'Portrait by A. E. Chalon'],
		['Line one<br>line two', 'Line one line two'],
		['Fish &amp; chips &lt;3 &#8212; &#x2014; &nbsp;ok', 'Fish & chips <3 — — ok'],
		['&bogus; stays', '&bogus; stays'],
		['  <em></em>  ', '']
	])('%s → %s', (html, text) => {
		expect(plainTextOf(html)).toBe(text);
	});
});

describe('isFollowableUrl', () => {
	it.each([
		['https://example.org/a.jpg', true],
		['http://example.org', true],
		['javascript:alert(1)', false],
		['data:text/html,hi', false],
		['/relative/path', false],
		['<blockquote class="twitter-tweet">', false],
		[undefined, false]
	])('%s → %s', (url, followable) => {
		expect(isFollowableUrl(url)).toBe(followable);
	});
});
