import { describe, expect, it } from 'vitest';
import { parseIsoInstant, parseViewParams } from '../state/url-state';
import { parseEmbedOptions } from './params';
import { embedSnippet, embedSrc, escapeAttribute, tidyWindow, type SnippetInput } from './snippet';
import { NO_FILTERS, parseFindParams } from '../search/filters';

const SITE = 'https://citeline.example';
const base: SnippetInput = { siteOrigin: SITE, slug: '2025-03-18-putin-trump-call', title: 'The call' };
const at = (iso: string) => parseIsoInstant(iso) as number;

/** The src attribute as a browser reads it back. */
function srcOf(html: string): URL {
	const match = /<iframe src="([^"]*)"/.exec(html);
	if (!match) throw new Error(`no iframe src in ${html}`);
	return new URL((match[1] as string).replace(/&amp;/g, '&'));
}

describe('escapeAttribute', () => {
	it('escapes what could end or confuse an attribute', () => {
		expect(escapeAttribute(`Tom & Jerry's "war" <b>`)).toBe('Tom &amp; Jerry&#39;s &quot;war&quot; &lt;b&gt;');
	});
});

describe('tidyWindow', () => {
	it('widens a window of days to whole days', () => {
		expect(tidyWindow([at('2025-02-28T12:29Z'), at('2025-04-05T11:31Z')])).toEqual([at('2025-02-28'), at('2025-04-06')]);
	});
	it('widens a window of hours to whole hours', () => {
		expect(tidyWindow([at('2025-03-18T06:29Z'), at('2025-03-18T18:31Z')])).toEqual([at('2025-03-18T06:00Z'), at('2025-03-18T19:00Z')]);
	});
	it('keeps a narrow window to the minute', () => {
		const window: [number, number] = [at('2025-03-18T06:29Z'), at('2025-03-18T08:31Z')];
		expect(tidyWindow(window)).toEqual(window);
	});
	it('leaves whole days alone', () => {
		const window: [number, number] = [at('2025-03-01'), at('2025-04-01')];
		expect(tidyWindow(window)).toEqual(window);
	});
});

describe('embedSrc', () => {
	it('is the bare widget URL when everything is the default', () => {
		expect(embedSrc(base)).toBe(`${SITE}/embed/2025-03-18-putin-trump-call`);
		expect(embedSrc({ ...base, options: { theme: 'auto', lanes: true, details: 'panel', title: true } })).toBe(
			`${SITE}/embed/2025-03-18-putin-trump-call`
		);
	});

	it('names the language only when one is chosen (otherwise each reader gets their browser\'s)', () => {
		expect(embedSrc({ ...base, lang: 'uk' })).toBe(`${SITE}/embed/2025-03-18-putin-trump-call?lang=uk`);
		expect(embedSrc({ ...base, event: 'prisoner-exchange', options: { theme: 'dark' }, lang: 'ru' })).toBe(
			`${SITE}/embed/2025-03-18-putin-trump-call?event=prisoner-exchange&theme=dark&lang=ru`
		);
		expect(embedSrc({ ...base, lang: '' })).toBe(`${SITE}/embed/2025-03-18-putin-trump-call`);
	});

	it('drops a trailing slash from the site origin', () => {
		expect(embedSrc({ ...base, siteOrigin: `${SITE}/` })).toBe(`${SITE}/embed/2025-03-18-putin-trump-call`);
	});

	it('includes the event and the window, with readable instants', () => {
		const src = embedSrc({ ...base, event: 'prisoner-exchange', window: [at('2025-03-18T06:00Z'), at('2025-03-18T09:30Z')] });
		expect(src).toBe(`${SITE}/embed/2025-03-18-putin-trump-call?event=prisoner-exchange&from=2025-03-18T06:00Z&to=2025-03-18T09:30Z`);
		// A wide window, to whole days.
		expect(embedSrc({ ...base, window: [at('2025-03-01T10:17Z'), at('2025-03-31T13:02Z')] })).toBe(
			`${SITE}/embed/2025-03-18-putin-trump-call?from=2025-03-01&to=2025-04-01`
		);
	});

	it('writes only the options that differ from the defaults', () => {
		const url = new URL(embedSrc({ ...base, options: { theme: 'dark', lanes: false, details: 'panel', title: false } }));
		expect([...url.searchParams.keys()]).toEqual(['theme', 'lanes', 'title']);
		expect(url.searchParams.get('theme')).toBe('dark');
		expect(url.searchParams.get('lanes')).toBe('off');
		expect(url.searchParams.get('title')).toBe('hide');
	});

	it('asks for story mode with mode=story, and says nothing of the default mode', () => {
		expect(embedSrc({ ...base, options: { mode: 'story' } })).toBe(`${SITE}/embed/2025-03-18-putin-trump-call?mode=story`);
		expect(embedSrc({ ...base, options: { mode: 'explore' } })).toBe(`${SITE}/embed/2025-03-18-putin-trump-call`);
	});

	it('encodes the accent colour and keeps the origin readable', () => {
		const src = embedSrc({ ...base, options: { accent: '#c0392b', origin: 'https://news.example' } });
		expect(src).toBe(`${SITE}/embed/2025-03-18-putin-trump-call?accent=%23c0392b&origin=https://news.example`);
	});

	it('normalizes the origin and accepts * only as given', () => {
		expect(new URL(embedSrc({ ...base, options: { origin: ' https://news.example/ ' } })).searchParams.get('origin')).toBe('https://news.example');
		expect(new URL(embedSrc({ ...base, options: { origin: '*' } })).searchParams.get('origin')).toBe('*');
	});

	it('leaves out an accent or origin the widget would reject', () => {
		const src = embedSrc({ ...base, options: { accent: 'red;}body{', origin: 'https://news.example/page' } });
		expect(src).toBe(`${SITE}/embed/2025-03-18-putin-trump-call`);
	});

	it('round-trips through the parsers the widget uses', () => {
		const window: [number, number] = [at('2025-03-18T06:00Z'), at('2025-03-18T18:00Z')];
		const options = { theme: 'light', lanes: false, details: 'overlay', accent: 'rgb(192, 57, 43)', title: false, mode: 'story', origin: 'http://localhost:8080' } as const;
		const url = new URL(embedSrc({ ...base, event: 'call', window, options }));
		expect(parseEmbedOptions(url.searchParams)).toEqual({ options, warnings: [] });
		expect(parseViewParams(url.searchParams, (id) => id === 'call')).toEqual({ event: 'call', window, notices: [] });
	});
});

describe('embedSnippet', () => {
	it('is a lazy, borderless, full-width iframe titled after the timeline', () => {
		const { html, src } = embedSnippet(base);
		expect(html).toBe(
			`<iframe src="${src}" title="The call" loading="lazy" style="width:100%;border:0" height="480"></iframe>`
		);
	});

	it('escapes the title attribute', () => {
		const { html } = embedSnippet({ ...base, title: `"Hello" & <goodbye>` });
		expect(html).toContain('title="&quot;Hello&quot; &amp; &lt;goodbye&gt;"');
		expect(html.match(/"/g)?.length).toBe(10);
	});

	it('escapes & in the src so the attribute reads back as the URL', () => {
		const { html, src } = embedSnippet({ ...base, event: 'call', options: { theme: 'dark', origin: 'https://news.example' } });
		expect(html).toContain('?event=call&amp;theme=dark&amp;origin=https://news.example"');
		expect(srcOf(html).href).toBe(new URL(src).href);
		expect(srcOf(html).searchParams.get('origin')).toBe('https://news.example');
	});

	it('includes from, to and event when given', () => {
		const { html } = embedSnippet({ ...base, event: 'call', window: [at('2025-03-18'), at('2025-03-20')] });
		const url = srcOf(html);
		expect(url.searchParams.get('event')).toBe('call');
		expect(url.searchParams.get('from')).toBe('2025-03-18');
		expect(url.searchParams.get('to')).toBe('2025-03-20');
	});

	it('takes a fixed width and a height, clamped to sane sizes', () => {
		expect(embedSnippet({ ...base, width: 640, height: 600 }).html).toContain('style="width:640px;max-width:100%;border:0" height="600"');
		expect(embedSnippet({ ...base, width: 10, height: 99999 }).html).toContain('style="width:240px;max-width:100%;border:0" height="2000"');
		expect(embedSnippet({ ...base, height: Number.NaN }).html).toContain('height="480"');
	});

	it('adds the host helper only with an origin to talk to', () => {
		expect(embedSnippet({ ...base, hostScript: true }).html).not.toContain('<script');
		const { html } = embedSnippet({ ...base, hostScript: true, options: { origin: 'https://news.example' } });
		expect(html.split('\n')[1]).toBe(`<script src="${SITE}/citeline-host.js" defer></script>`);
	});
});

describe('search and filters in the snippet', () => {
	it('carries q and the filters, readable, and the widget reads them back', () => {
		const html = embedSnippet({ ...base, find: { query: 'prisoner exchange', filters: { lanes: [], statuses: ['agreed', 'announced'], actors: [], sources: ['weekly-blitz'], checks: [], disputed: true } } }).html;
		expect(html).toContain('q=prisoner%20exchange&amp;status=agreed,announced&amp;source=weekly-blitz&amp;discrepancy=yes');
		const params = srcOf(html).searchParams;
		const parsed = parseFindParams(params, { lanes: [], actors: [], sources: ['weekly-blitz'] });
		expect(parsed.query).toBe('prisoner exchange');
		expect(parsed.filters.statuses).toEqual(['agreed', 'announced']);
		expect(parsed.notices).toEqual([]);
	});

	it('leaves them out when nothing is set', () => {
		expect(embedSrc({ ...base, find: { query: '  ', filters: NO_FILTERS } })).toBe(`${SITE}/embed/${base.slug}`);
	});
});
