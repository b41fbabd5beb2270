import { describe, expect, it } from 'vitest';
import { headersFor } from './headers';

describe('headersFor', () => {
	it('lets any site frame the embed', () => {
		expect(headersFor('/embed/2025-03-18-putin-trump-call')).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
	});

	it.each(['/', '/t/some-slug', '/t/some-slug/sources/blitz'])('keeps %s out of other sites’ frames', (path) => {
		expect(headersFor(path)).toMatchObject({ 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' });
	});

	it('lets other sites fetch timeline.json and the scripts, and nothing else', () => {
		expect(headersFor('/t/some-slug/timeline.json')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor('/citeline.js')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor('/citeline-host.js')['Access-Control-Allow-Origin']).toBe('*');
		// The web component's language chunks, imported from other sites' pages.
		expect(headersFor('/citeline-uk-Ci8ZSezX.js')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor('/citeline.json')['Access-Control-Allow-Origin']).toBeUndefined();
		expect(headersFor('/t/some-slug')['Access-Control-Allow-Origin']).toBeUndefined();
		expect(headersFor('/t/a/b/timeline.json')['Access-Control-Allow-Origin']).toBeUndefined();
	});
});
