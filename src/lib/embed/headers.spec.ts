import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFor, isHostConfiguration, pathMatches, type HeaderRule } from './headers';

/** Reads a _headers file as Netlify and Cloudflare Pages do: a path, then its indented `Name: value` and `! Name` lines. */
function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [i, line] of text.split('\n').entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), remove: [], set: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers:${i + 1}: a header before any path`);
		const removed = /^\s+!\s*(\S+)\s*$/.exec(line);
		const set = /^\s+([\w-]+):\s*(.*?)\s*$/.exec(line);
		if (removed) rule.remove.push(removed[1]!);
		else if (set) rule.set.push([set[1]!, set[2]!]);
		else throw new Error(`_headers:${i + 1}: cannot read "${line}"`);
	}
	return rules;
}

const shipped = parseHeadersFile(readFileSync('static/_headers', 'utf8'));

describe('static/_headers and headers.ts', () => {
	it('say the same, rule for rule', () => {
		expect(shipped).toEqual(HEADER_RULES);
	});

	it.each(['/', '/embed/2025-03-18-putin-trump-call', '/t/x/timeline.json', '/citeline.js', '/citeline-uk-Ci8ZSezX.js', '/_app/immutable/entry/app.js'])(
		'give %s the same headers',
		(path) => {
			expect(headersFor(path, shipped)).toEqual(headersFor(path));
		}
	);
});

describe('headersFor', () => {
	const csp = (path: string) => headersFor(path)['Content-Security-Policy'] ?? '';

	it('lets any site frame the embed, with one policy and no X-Frame-Options', () => {
		const headers = headersFor('/embed/2025-03-18-putin-trump-call');
		expect(headers['Content-Security-Policy']).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'");
		expect(headers['X-Frame-Options']).toBeUndefined();
	});

	it.each(['/', '/t/some-slug', '/t/some-slug/sources/blitz', '/import'])('keeps %s out of other sites’ frames', (path) => {
		expect(headersFor(path)).toMatchObject({ 'X-Frame-Options': 'SAMEORIGIN' });
		expect(csp(path)).toMatch(/^frame-ancestors 'self';/);
	});

	it.each(['/', '/embed/x', '/citeline.js', '/t/x/timeline.json'])('sends %s with no plugins, a fixed base, nosniff, a referrer and a permissions policy', (path) => {
		expect(csp(path)).toContain("object-src 'none'");
		expect(csp(path)).toContain("base-uri 'self'");
		expect(headersFor(path)).toMatchObject({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Permissions-Policy': expect.stringContaining('camera=()')
		});
	});

	it('lets other sites fetch timeline.json and the scripts, and nothing else', () => {
		expect(headersFor('/t/some-slug/timeline.json')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor('/citeline.js')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor('/citeline-host.js')['Access-Control-Allow-Origin']).toBe('*');
		// The web component's language chunks, imported from other sites' pages.
		expect(headersFor('/citeline-uk-Ci8ZSezX.js')['Access-Control-Allow-Origin']).toBe('*');
		for (const path of ['/', '/citeline.json', '/t/some-slug', '/embed/some-slug', '/t/some-slug/sources/blitz', '/_app/immutable/entry/app.js']) {
			expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBeUndefined();
		}
	});

	it('joins a header set twice without "! Name", as Cloudflare does, so a missing removal shows in dev too', () => {
		const rules: HeaderRule[] = [
			{ path: '/*', remove: [], set: [['Content-Security-Policy', "frame-ancestors 'self'"]] },
			{ path: '/embed/*', remove: [], set: [['Content-Security-Policy', 'frame-ancestors *']] }
		];
		expect(headersFor('/embed/x', rules)['Content-Security-Policy']).toBe("frame-ancestors 'self', frame-ancestors *");
	});
});

describe('pathMatches and isHostConfiguration', () => {
	it.each<[string, string, boolean]>([
		['/*', '/', true],
		['/*', '/t/a/sources/b', true],
		['/embed/*', '/embed/x', true],
		['/embed/*', '/embedded', false],
		['/t/*/timeline.json', '/t/x/timeline.json', true],
		['/t/*/timeline.json', '/t/x/timeline.jsonp', false],
		['/citeline.js', '/citelinexjs', false],
		['/citeline-*', '/citeline-host.js', true]
	])('%s matches %s: %s', (pattern, path, expected) => {
		expect(pathMatches(pattern, path)).toBe(expected);
	});

	it('keeps the hosts’ own files private', () => {
		expect(isHostConfiguration('/_headers')).toBe(true);
		expect(isHostConfiguration('/_app/version.json')).toBe(false);
	});
});
