import { beforeAll, describe, expect, it } from 'vitest';
import { isCssColor } from '../model/css-color';
import { DEFAULT_OPTIONS, isCssColour, parseEmbedOptions, parseOrigin, parseOriginInput } from './params';

// The widget asks the browser which words are colour names (CSS.supports). Node has no CSS
// object: the format's own list of the CSS named colours answers for the browser here.
beforeAll(() => {
	(globalThis as { CSS?: Pick<typeof CSS, 'supports'> }).CSS ??= { supports: (_property: string, value?: string) => isCssColor(value ?? '') };
});

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe('parseEmbedOptions', () => {
	it('gives the documented defaults for an empty query', () => {
		expect(parse('')).toEqual({ options: DEFAULT_OPTIONS, warnings: [] });
		expect(DEFAULT_OPTIONS).toEqual({ theme: 'auto', lanes: true, details: 'panel', title: true, mode: 'explore' });
	});

	it('reads every valid option', () => {
		const { options, warnings } = parse('theme=dark&lanes=off&details=overlay&accent=%23c0392b&title=hide&mode=story&origin=https://news.example');
		expect(warnings).toEqual([]);
		expect(options).toEqual({ theme: 'dark', lanes: false, details: 'overlay', accent: '#c0392b', title: false, mode: 'story', origin: 'https://news.example' });
	});

	it.each([
		['theme=blue', 'theme', /theme=blue is not light, dark or auto; using auto/],
		['details=popup', 'details', /details=popup is not panel, overlay or none; using panel/],
		['lanes=yes', 'lanes', /lanes=yes is not on or off; using on/],
		['title=no', 'title', /title=no is not show or hide; using show/],
		['mode=slides', 'mode', /mode=slides is not explore or story; using explore/],
		['accent=red;background:url(x)', 'accent', /accent=.* is not a CSS colour/],
		['accent=blurple', 'accent', /accent=blurple is not a CSS colour name \(e\.g\. teal\), hex colour/],
		['accent=c0392b', 'accent', /accent=c0392b is not a CSS colour/],
		['origin=javascript:alert(1)', 'origin', /origin=.* is not an origin/],
		['origin=https://news.example/path', 'origin', /origin=https:\/\/news.example\/path is not an origin \(write https:\/\/news.example: an origin has no path\)/],
		['origin=https://news.example/', 'origin', /is not an origin \(write https:\/\/news.example:/],
		['origin=https://news.example?from=embed', 'origin', /is not an origin \(write https:\/\/news.example:/]
	])('falls back to the default and warns once for %s', (query, name, message) => {
		const { options, warnings } = parse(query);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(message);
		expect((options as unknown as Record<string, unknown>)[name]).toEqual((DEFAULT_OPTIONS as unknown as Record<string, unknown>)[name]);
	});

	it('reads attributes through a reader function (the web component)', () => {
		const attributes: Record<string, string> = { theme: 'light', details: 'none' };
		const { options } = parseEmbedOptions((name) => attributes[name] ?? null);
		expect(options.theme).toBe('light');
		expect(options.details).toBe('none');
	});
});

describe('isCssColour and parseOrigin', () => {
	it.each(['#fff', '#c0392b', '#c0392b80', 'rgb(10, 20, 30)', 'hsl(200 50% 40% / 0.5)', 'rebeccapurple', 'Teal', 'darkslategrey'])('%s is a colour', (c) => {
		expect(isCssColour(c)).toBe(true);
	});
	it.each(['#ggg', 'red;x:y', 'url(x)', 'rgb(1,2,3);', 'expression(alert(1))', '', 'blurple', 'grey50', 'inherit', 'javascript'])('%s is not', (c) => {
		expect(isCssColour(c)).toBe(false);
	});
	it('takes origins and * only', () => {
		expect(parseOrigin('*')).toBe('*');
		expect(parseOrigin('https://news.example')).toBe('https://news.example');
		expect(parseOrigin('http://localhost:4174')).toBe('http://localhost:4174');
		// As docs/embedding.md says: no path, not even a trailing slash.
		expect(parseOrigin('http://localhost:4174/')).toBeUndefined();
		expect(parseOrigin('https://news.example/articles/')).toBeUndefined();
		expect(parseOrigin('ftp://x.example')).toBeUndefined();
		expect(parseOrigin('news.example')).toBeUndefined();
	});
	it('forgives a typed trailing slash in the Embed dialog, never a path', () => {
		expect(parseOriginInput(' https://news.example/ ')).toBe('https://news.example');
		expect(parseOriginInput('http://localhost:4174/')).toBe('http://localhost:4174');
		expect(parseOriginInput('https://news.example/articles/')).toBeUndefined();
		expect(parseOriginInput('https://news.example//')).toBeUndefined();
		expect(parseOriginInput('*')).toBe('*');
	});
});
