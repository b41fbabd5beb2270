import { describe, expect, it } from 'vitest';
import { linkProblem } from './links';

describe('linkProblem', () => {
	it.each([
		'https://upload.wikimedia.org/wikipedia/commons/a/a2/Ada.jpg',
		'http://www.youtube.com/watch?v=C-nTpGMMVjY',
		'HTTPS://EXAMPLE.ORG/',
		'//www.flickr.com/photos/tm_10001/2310475988/',
		'/static/img/examples/houston/family.jpg',
		'examples/taylor/woolfe.jpg',
		'https://en.wikipedia.org/wiki/Webb%27s_First_Deep_Field',
		'https://en.wikipedia.org/wiki/Siege_of_Constantinople_(674)'
	])('accepts %s', (link) => {
		expect(linkProblem(link)).toBeUndefined();
	});

	it.each([
		['javascript:alert(1)', 'is a javascript: link'],
		['JavaScript:alert(1)', 'is a javascript: link'],
		['data:text/html;base64,PHNjcmlwdD4=', 'is a data: link'],
		['vbscript:msgbox(1)', 'is a vbscript: link'],
		['file:///etc/passwd', 'is a file: link'],
		['mailto:desk@example.org', 'is a mailto: link'],
		['java\tscript:alert(1)', 'the control character U+0009'],
		['java\nscript:alert(1)', 'the control character U+000A'],
		[' javascript:alert(1)', 'a space'],
		['https://x.org/a b.jpg', 'a space'],
		['https://x.org/a.jpg" onerror="alert(1)', 'contains """: percent-encode it (e.g. %22)'],
		["https://x.org/a.jpg' onerror='alert(1)", `contains "'": percent-encode it (e.g. %27)`],
		['https://x.org/<script>', 'contains "<"'],
		['https:\\\\evil.example', 'contains "\\"'],
		['http://[bad', 'is not a URL']
	])('refuses %j', (link, message) => {
		expect(linkProblem(link)).toContain(message);
	});
});
