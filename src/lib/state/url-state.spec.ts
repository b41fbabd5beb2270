import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/languages';
import { formatIsoInstant, parseIsoInstant, parseViewParams, withViewParams, type ParsedViewParams } from './url-state';

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, min, s, ms);
/** Date.UTC, for any year: Date.UTC reads years 0–99 as 1900–1999. */
const utcAnyYear = (y: number, m: number, d: number, h = 0, min = 0) => {
	const date = new Date(utc(2000, 1, 1, h, min));
	date.setUTCFullYear(y, m - 1, d);
	return +date;
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseIsoInstant', () => {
	const valid: Array<[string, number]> = [
		['2025-03-18', utc(2025, 3, 18)],
		['2024-02-29', utc(2024, 2, 29)],
		['2025-12-31', utc(2025, 12, 31)],
		['2025-03-18T06:00Z', utc(2025, 3, 18, 6)],
		['2025-03-18T23:59Z', utc(2025, 3, 18, 23, 59)],
		['2025-03-18T06:00:30Z', utc(2025, 3, 18, 6, 0, 30)],
		['2025-03-18T06:00:30.250Z', utc(2025, 3, 18, 6, 0, 30, 250)]
	];

	it.each(valid)('%s', (text, expected) => {
		expect(iso(parseIsoInstant(text) as number)).toBe(iso(expected));
	});

	const invalid = [
		// Not real dates.
		'2025-02-30',
		'2025-02-29',
		'2025-04-31',
		'2025-13-01',
		'2025-00-10',
		'2025-03-00',
		// …nor as date-times, where Date.parse alone would roll them over into March or May.
		'2025-02-30T06:00Z',
		'2025-04-31T00:00Z',
		// A time needs its zone: without Z it would be read in the browser's zone.
		'2025-03-18T06:00',
		'2025-03-18T06:00+03:00',
		'2025-03-18T25:00Z',
		'2025-03-18T06:60Z',
		'2025-03-18T6:00Z',
		// Other shapes and garbage.
		'2025-3-18',
		'18/03/2025',
		'2025-03',
		'2025',
		' 2025-03-18',
		'2025-03-18 ',
		'2025-03-18T',
		'yesterday',
		''
	];

	it.each(invalid)('rejects %j', (text) => {
		expect(parseIsoInstant(text)).toBeUndefined();
	});
});

describe('formatIsoInstant', () => {
	const rows: Array<[number, string]> = [
		// Midnight UTC: the date alone.
		[utc(2025, 3, 18), '2025-03-18'],
		// Anything else: minutes in UTC.
		[utc(2025, 3, 18, 6), '2025-03-18T06:00Z'],
		[utc(2025, 3, 18, 0, 1), '2025-03-18T00:01Z'],
		[utc(2025, 3, 18, 23, 59), '2025-03-18T23:59Z'],
		// Seconds round to the nearest minute…
		[utc(2025, 3, 18, 6, 0, 29), '2025-03-18T06:00Z'],
		[utc(2025, 3, 18, 6, 0, 30), '2025-03-18T06:01Z'],
		// …so a view a few seconds off midnight still gets the plain date.
		[utc(2025, 3, 18) - 20_000, '2025-03-18'],
		[utc(2025, 3, 18) + 0.4, '2025-03-18']
	];

	it.each(rows)('%d → %s', (ms, expected) => {
		expect(formatIsoInstant(ms)).toBe(expected);
	});

	it('gives back what parseIsoInstant reads, to the minute', () => {
		for (const ms of [utc(2025, 3, 18), utc(2025, 3, 18, 6, 17), utc(1999, 12, 31, 23, 59), utc(2024, 2, 29, 12)]) {
			expect(parseIsoInstant(formatIsoInstant(ms))).toBe(ms);
		}
	});
});

describe('years before 100 and before the common era', () => {
	// Astronomical years, as in EDTF: year 0 is 1 BC, -43 is 44 BC.
	const rows: Array<[string, number]> = [
		['0044-03-15', utcAnyYear(44, 3, 15)],
		['0010-01-01', utcAnyYear(10, 1, 1)],
		['0099-12-31T23:59Z', utcAnyYear(99, 12, 31, 23, 59)],
		['0000-01-01', utcAnyYear(0, 1, 1)],
		['-0043-03-15', utcAnyYear(-43, 3, 15)],
		['-0043-03-15T12:30Z', utcAnyYear(-43, 3, 15, 12, 30)],
		['-12000-06-01', utcAnyYear(-12_000, 6, 1)],
		['12000-06-01', utcAnyYear(12_000, 6, 1)],
		['-271821-04-20', -8.64e15],
		['275760-09-13', 8.64e15]
	];

	it.each(rows)('%s is written back as it was read', (text, ms) => {
		expect(parseIsoInstant(text)).toBe(ms);
		expect(formatIsoInstant(ms)).toBe(text);
	});

	it.each([
		// The ISO 8601 expanded forms JavaScript writes are read too.
		['-000043-03-15', utcAnyYear(-43, 3, 15)],
		['+002025-03-18', utc(2025, 3, 18)],
		['+000044-03-15T06:00Z', utcAnyYear(44, 3, 15, 6)]
	])('reads the expanded form %s', (text, ms) => {
		expect(parseIsoInstant(text)).toBe(ms);
	});

	it.each(['0045-02-29', '-0043-02-29', '44-03-15', '-43-03-15', '0044-03-15T24:00Z', '-271821-04-19', '275760-09-14', '+1234567-01-01'])(
		'rejects %j',
		(text) => {
			expect(parseIsoInstant(text)).toBeUndefined();
		}
	);

	it('accepts 29 February in a leap year before 100 and BC (year -44 is 45 BC, a leap year)', () => {
		expect(parseIsoInstant('0004-02-29')).toBe(utcAnyYear(4, 2, 29));
		expect(parseIsoInstant('-0044-02-29')).toBe(utcAnyYear(-44, 2, 29));
	});

	it('never throws on an instant beyond what a date can hold: it writes the last day there is', () => {
		expect(formatIsoInstant(9e15)).toBe('275760-09-13');
		expect(formatIsoInstant(-9e15)).toBe('-271821-04-20');
	});

	it('a zoomed view of the Ides of March survives a reload', () => {
		const window: [number, number] = [utcAnyYear(-43, 3, 14, 6), utcAnyYear(-43, 3, 16)];
		const next = withViewParams(new URL('https://citeline.example/t/rome'), { window });
		expect(next.search).toBe('?from=-0043-03-14T06:00Z&to=-0043-03-16');
		expect(parseViewParams(new URLSearchParams(next.search), () => false)).toEqual({ notices: [], window });
	});
});

describe('parseViewParams', () => {
	const known = new Set(['phone-call', 'prisoner-exchange']);
	const parse = (query: string): ParsedViewParams => parseViewParams(new URLSearchParams(query), (id) => known.has(id));

	it('reads an event and a window of dates', () => {
		const view = parse('event=phone-call&from=2025-03-18&to=2025-03-19');
		expect(view).toEqual({ notices: [], event: 'phone-call', window: [utc(2025, 3, 18), utc(2025, 3, 19)] });
	});

	it('reads a window of date-times', () => {
		const view = parse('from=2025-03-18T06:00Z&to=2025-03-18T18:30Z');
		expect(view.notices).toEqual([]);
		expect(view.window?.map(iso)).toEqual(['2025-03-18T06:00:00.000Z', '2025-03-18T18:30:00.000Z']);
		expect(view.event).toBeUndefined();
	});

	it('reads nothing from nothing, without complaint', () => {
		expect(parse('')).toEqual({ notices: [] });
		expect(parse('theme=dark')).toEqual({ notices: [] });
		expect(parse('event=')).toEqual({ notices: [] });
	});

	it('drops an unknown event and says which', () => {
		const view = parse('event=the-summit&from=2025-03-18&to=2025-03-19');
		expect(view.event).toBeUndefined();
		expect('event' in view).toBe(false);
		expect(view.notices).toHaveLength(1);
		expect(view.notices[0]).toContain('the-summit');
		// The window is independent of the event, and still used.
		expect(view.window).toEqual([utc(2025, 3, 18), utc(2025, 3, 19)]);
	});

	const bad: Array<{ name: string; query: string; mentions: string[]; omits?: string[] }> = [
		{ name: 'only from', query: 'from=2025-03-18', mentions: ['from', 'to'] },
		{ name: 'only to', query: 'to=2025-03-18', mentions: ['from', 'to'] },
		{ name: 'only from, and unreadable', query: 'from=soon', mentions: ['from', 'to'] },
		{ name: 'a bad from', query: 'from=2025-02-30&to=2025-03-19', mentions: ['from=2025-02-30'], omits: ['to=2025-03-19'] },
		{ name: 'a bad to', query: 'from=2025-03-18&to=tomorrow', mentions: ['to=tomorrow'], omits: ['from=2025-03-18'] },
		{ name: 'both bad', query: 'from=18.03.2025&to=2025-03-18T06:00', mentions: ['from=18.03.2025', 'to=2025-03-18T06:00'] },
		{ name: 'an empty from', query: 'from=&to=2025-03-19', mentions: ['from='] },
		{ name: 'to before from', query: 'from=2025-03-19&to=2025-03-18', mentions: ['2025-03-19', '2025-03-18'] },
		{ name: 'to equal to from', query: 'from=2025-03-18T06:00Z&to=2025-03-18T06:00Z', mentions: ['2025-03-18T06:00Z'] }
	];

	it.each(bad)('$name: no window, one notice that says what was wrong', ({ query, mentions, omits = [] }) => {
		const view = parse(query);
		expect(view.window).toBeUndefined();
		expect(view.notices).toHaveLength(1);
		for (const text of mentions) expect(view.notices[0]).toContain(text);
		for (const text of omits) expect(view.notices[0]).not.toContain(text);
	});

	it('reports a bad event and a bad window together', () => {
		const view = parse('event=nope&from=2025-03-19');
		expect(view.event).toBeUndefined();
		expect(view.window).toBeUndefined();
		expect(view.notices).toHaveLength(2);
		expect(view.notices[0]).toContain('nope');
	});

	it.each([
		{ lang: 'en', query: 'event=nope', says: ['No event “nope”'] },
		{ lang: 'uk', query: 'event=nope', says: ['немає події «nope»'] },
		{ lang: 'ru', query: 'event=nope', says: ['нет события «nope»'] },
		{ lang: 'en', query: 'from=soon&to=later', says: ['from=soon and to=later'] },
		{ lang: 'uk', query: 'from=soon&to=later', says: ['from=soon і to=later', 'типовий вигляд'] },
		{ lang: 'ru', query: 'from=soon&to=later', says: ['from=soon и to=later'] },
		{ lang: 'ru', query: 'from=2025-03-19&to=2025-03-18', says: ['«to» (2025-03-18)', '«from» (2025-03-19)'] },
		{ lang: 'uk', query: 'from=2025-03-19', says: ['«from»', '«to»'] }
	] as const)('says what it ignored in the reader\'s language: $lang, $query', ({ lang, query, says }) => {
		const view = parseViewParams(new URLSearchParams(query), (id) => known.has(id), createTranslator(lang));
		expect(view.notices).toHaveLength(1);
		for (const text of says) expect(view.notices[0]).toContain(text);
	});

	it('returns the window as asked, narrow or wide: the timeline\'s viewport decides the limits', () => {
		expect(parse('from=2025-03-18T06:00Z&to=2025-03-18T06:10Z').window).toEqual([utc(2025, 3, 18, 6), utc(2025, 3, 18, 6, 10)]);
		// A century: wider than the fifty years of a short timeline, within the 600 of a 300-year one.
		expect(parse('from=1800-01-01&to=1900-01-01').window).toEqual([utc(1800, 1, 1), utc(1900, 1, 1)]);
	});
});

describe('withViewParams', () => {
	const window: [number, number] = [utc(2025, 3, 18, 6), utc(2025, 3, 18, 18)];

	it('writes the event and the window, keeping other parameters and the path', () => {
		const url = new URL('https://citeline.example/t/call-18-march?theme=dark');
		const next = withViewParams(url, { event: 'phone-call', window });
		expect(next.href).toBe('https://citeline.example/t/call-18-march?theme=dark&event=phone-call&from=2025-03-18T06:00Z&to=2025-03-18T18:00Z');
	});

	it('writes plain dates for a window of whole days', () => {
		const next = withViewParams(new URL('https://citeline.example/t/x'), { window: [utc(2025, 3, 18), utc(2025, 3, 20)] });
		expect(next.search).toBe('?from=2025-03-18&to=2025-03-20');
	});

	it('keeps the colons in times readable', () => {
		const next = withViewParams(new URL('https://citeline.example/t/x'), { window });
		expect(next.href).not.toMatch(/%3A/i);
		expect(next.search).toContain('from=2025-03-18T06:00Z');
		// And the browser still reads the same values back.
		expect(next.searchParams.get('from')).toBe('2025-03-18T06:00Z');
	});

	it('replaces an old view, and removes the parts the new one lacks', () => {
		const url = new URL('https://citeline.example/t/x?event=old&from=2020-01-01&to=2020-02-01&theme=dark');
		expect(withViewParams(url, { event: 'phone-call' }).search).toBe('?event=phone-call&theme=dark');
		expect(withViewParams(url, { window }).search).toBe('?from=2025-03-18T06:00Z&to=2025-03-18T18:00Z&theme=dark');
		expect(withViewParams(url, {}).search).toBe('?theme=dark');
		expect(withViewParams(new URL('https://citeline.example/t/x?event=old'), {}).href).toBe('https://citeline.example/t/x');
	});

	it('leaves the given URL alone and keeps its fragment', () => {
		const url = new URL('https://citeline.example/t/x?theme=dark#details');
		const next = withViewParams(url, { event: 'phone-call' });
		expect(url.href).toBe('https://citeline.example/t/x?theme=dark#details');
		expect(next.href).toBe('https://citeline.example/t/x?theme=dark&event=phone-call#details');
	});

	it('does not change what other parameters mean', () => {
		const url = new URL('https://citeline.example/embed/x?back=https%3A%2F%2Fnews.example%2Fa%3Fb%3D1&title=A+%26+B');
		const next = withViewParams(url, { window });
		expect(next.searchParams.get('back')).toBe('https://news.example/a?b=1');
		expect(next.searchParams.get('title')).toBe('A & B');
	});

	it('round-trips through parseViewParams', () => {
		const views = [
			{ event: 'phone-call', window: [utc(2025, 3, 18), utc(2025, 3, 19)] as [number, number] },
			{ window: [utc(2025, 3, 18, 6, 17), utc(2025, 3, 21, 19, 2)] as [number, number] },
			{ event: 'prisoner-exchange' }
		];
		for (const view of views) {
			const next = withViewParams(new URL('https://citeline.example/t/x?theme=dark'), view);
			const read = parseViewParams(new URLSearchParams(next.search), (id) => id === 'phone-call' || id === 'prisoner-exchange');
			expect(read).toEqual({ notices: [], ...view });
		}
	});
});
