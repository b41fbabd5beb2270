import { describe, expect, it } from 'vitest';
import { isDayOrFiner, parseDatePoint, parseWhen, readEdtfDate, readPlainCalendarDate, type DatePoint, type Endpoint, type When } from './dates';

/** Instants as ISO strings, so that a failing row reads as dates; ±Infinity stay as they are. */
function iso(ms: number): string {
	return Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms);
}

function parsed(edtf: string): When {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(`expected "${edtf}" to parse, got: ${result.message}`);
	return result.when;
}

function endpoint(e: Endpoint): string {
	return e.kind === 'date' ? `date ${e.date.edtf}` : e.kind;
}

describe('parseWhen: points', () => {
	const rows: Array<{
		edtf: string;
		earliest: string;
		latest: string;
		precision: DatePoint['precision'];
		uncertain?: boolean;
		approximate?: boolean;
		unspecified?: boolean;
	}> = [
		{ edtf: '2025-03-19', earliest: '2025-03-19T00:00:00.000Z', latest: '2025-03-19T23:59:59.999Z', precision: 'day' },
		{ edtf: '2024-02-29', earliest: '2024-02-29T00:00:00.000Z', latest: '2024-02-29T23:59:59.999Z', precision: 'day' },
		{ edtf: '2025-03', earliest: '2025-03-01T00:00:00.000Z', latest: '2025-03-31T23:59:59.999Z', precision: 'month' },
		{ edtf: '2025-02', earliest: '2025-02-01T00:00:00.000Z', latest: '2025-02-28T23:59:59.999Z', precision: 'month' },
		{ edtf: '2025', earliest: '2025-01-01T00:00:00.000Z', latest: '2025-12-31T23:59:59.999Z', precision: 'year' },
		// Seasons are the meteorological ones of the northern hemisphere (see the seasons table below).
		{ edtf: '2025-21', earliest: '2025-03-01T00:00:00.000Z', latest: '2025-05-31T23:59:59.999Z', precision: 'season' },
		{ edtf: '196X', earliest: '1960-01-01T00:00:00.000Z', latest: '1969-12-31T23:59:59.999Z', precision: 'decade', unspecified: true },
		{ edtf: '19XX', earliest: '1900-01-01T00:00:00.000Z', latest: '1999-12-31T23:59:59.999Z', precision: 'century', unspecified: true },
		{ edtf: '2025-XX', earliest: '2025-01-01T00:00:00.000Z', latest: '2025-12-31T23:59:59.999Z', precision: 'year', unspecified: true },
		{ edtf: '2025-03-XX', earliest: '2025-03-01T00:00:00.000Z', latest: '2025-03-31T23:59:59.999Z', precision: 'month', unspecified: true },
		// A time of day covers its last unit: 10:00 is the whole minute.
		{ edtf: '2025-03-18T10:00Z', earliest: '2025-03-18T10:00:00.000Z', latest: '2025-03-18T10:00:59.999Z', precision: 'minute' },
		// +03:00 is three hours ahead of UTC: 10:00 there is 07:00 UTC.
		{ edtf: '2025-03-18T10:00+03:00', earliest: '2025-03-18T07:00:00.000Z', latest: '2025-03-18T07:00:59.999Z', precision: 'minute' },
		{ edtf: '2025-03-18T10:00-05:00', earliest: '2025-03-18T15:00:00.000Z', latest: '2025-03-18T15:00:59.999Z', precision: 'minute' },
		// A time that crosses midnight in UTC moves the date too.
		{ edtf: '2025-03-19T01:30+03:00', earliest: '2025-03-18T22:30:00.000Z', latest: '2025-03-18T22:30:59.999Z', precision: 'minute' },
		{ edtf: '2025-03-18T10:00:30Z', earliest: '2025-03-18T10:00:30.000Z', latest: '2025-03-18T10:00:30.999Z', precision: 'second' },
		{ edtf: '2025-03-18T10:00:30.250Z', earliest: '2025-03-18T10:00:30.250Z', latest: '2025-03-18T10:00:30.250Z', precision: 'millisecond' },
		// A decimal fraction: .5 s is 500 ms (edtf.js alone reads it as 5 ms).
		{ edtf: '2025-03-18T10:00:30.5Z', earliest: '2025-03-18T10:00:30.500Z', latest: '2025-03-18T10:00:30.500Z', precision: 'millisecond' },
		{ edtf: '2025-03-19?', earliest: '2025-03-19T00:00:00.000Z', latest: '2025-03-19T23:59:59.999Z', precision: 'day', uncertain: true },
		{ edtf: '2025-03-19~', earliest: '2025-03-19T00:00:00.000Z', latest: '2025-03-19T23:59:59.999Z', precision: 'day', approximate: true },
		{ edtf: '2025-03-19%', earliest: '2025-03-19T00:00:00.000Z', latest: '2025-03-19T23:59:59.999Z', precision: 'day', uncertain: true, approximate: true },
		{ edtf: '2025-03?', earliest: '2025-03-01T00:00:00.000Z', latest: '2025-03-31T23:59:59.999Z', precision: 'month', uncertain: true }
	];

	it.each(rows)('$edtf', ({ edtf, earliest, latest, precision, uncertain = false, approximate = false, unspecified = false }) => {
		const when = parsed(edtf);
		if (when.kind !== 'point') throw new Error(`expected a point, got ${when.kind}`);
		expect(when.edtf).toBe(edtf);
		expect([iso(when.earliestMs), iso(when.latestMs), iso(when.sortMs)]).toEqual([earliest, latest, earliest]);
		expect(when.date).toEqual({
			edtf,
			earliestMs: when.earliestMs,
			latestMs: when.latestMs,
			precision,
			uncertain,
			approximate,
			unspecified
		});
		expect({ uncertain: when.uncertain, approximate: when.approximate }).toEqual({ uncertain, approximate });
	});
});

describe('parseWhen: seasons and other divisions of a year (EDTF 21–41)', () => {
	// [code, what it is, first day, last day] for the year 2025.
	const rows: Array<[string, string, string, string]> = [
		['2025-21', 'spring', '2025-03-01', '2025-05-31'],
		['2025-22', 'summer', '2025-06-01', '2025-08-31'],
		['2025-23', 'autumn', '2025-09-01', '2025-11-30'],
		// Winter runs over the year's end: the winter of 2025 starts in December 2025.
		['2025-24', 'winter', '2025-12-01', '2026-02-28'],
		['2023-24', 'winter, up to a leap day', '2023-12-01', '2024-02-29'],
		['2025-25', 'spring, northern hemisphere', '2025-03-01', '2025-05-31'],
		['2025-26', 'summer, northern hemisphere', '2025-06-01', '2025-08-31'],
		['2025-27', 'autumn, northern hemisphere', '2025-09-01', '2025-11-30'],
		['2025-28', 'winter, northern hemisphere', '2025-12-01', '2026-02-28'],
		['2025-29', 'spring, southern hemisphere', '2025-09-01', '2025-11-30'],
		['2025-30', 'summer, southern hemisphere', '2025-12-01', '2026-02-28'],
		['2025-31', 'autumn, southern hemisphere', '2025-03-01', '2025-05-31'],
		['2025-32', 'winter, southern hemisphere', '2025-06-01', '2025-08-31'],
		['2025-33', 'first quarter', '2025-01-01', '2025-03-31'],
		['2025-34', 'second quarter', '2025-04-01', '2025-06-30'],
		['2025-35', 'third quarter', '2025-07-01', '2025-09-30'],
		['2025-36', 'fourth quarter', '2025-10-01', '2025-12-31'],
		['2025-37', 'first quadrimester', '2025-01-01', '2025-04-30'],
		['2025-38', 'second quadrimester', '2025-05-01', '2025-08-31'],
		['2025-39', 'third quadrimester', '2025-09-01', '2025-12-31'],
		['2025-40', 'first semester', '2025-01-01', '2025-06-30'],
		['2025-41', 'second semester', '2025-07-01', '2025-12-31'],
		// Years of antiquity keep their number (Date.UTC would read 44 as 1944), and BC ones their sign.
		['0044-21', 'spring of AD 44', '0044-03-01', '0044-05-31'],
		['-0044-24', 'winter of 45–44 BC', '-000044-12-01', '-000043-02-28']
	];

	it.each(rows)('%s (%s) runs from %s to %s', (edtf, _what, first, last) => {
		const when = parsed(edtf);
		expect(when.kind === 'point' && when.date.precision).toBe('season');
		expect(iso(when.earliestMs)).toBe(`${first}T00:00:00.000Z`);
		expect(iso(when.latestMs)).toBe(`${last}T23:59:59.999Z`);
	});

	it('a range of seasons runs from the start of the first to the end of the last', () => {
		const when = parsed('2025-24/2026-22');
		expect([iso(when.earliestMs), iso(when.latestMs)]).toEqual(['2025-12-01T00:00:00.000Z', '2026-08-31T23:59:59.999Z']);
	});
});

describe('parseWhen: years before 100 and before the common era', () => {
	it.each([
		['0044-03-15', '0044-03-15T00:00:00.000Z', '0044-03-15T23:59:59.999Z'],
		['0010', '0010-01-01T00:00:00.000Z', '0010-12-31T23:59:59.999Z'],
		['-0043-03-15', '-000043-03-15T00:00:00.000Z', '-000043-03-15T23:59:59.999Z'],
		['0001-01-01T10:00Z', '0001-01-01T10:00:00.000Z', '0001-01-01T10:00:59.999Z']
	])('%s', (edtf, earliest, latest) => {
		const when = parsed(edtf);
		expect([iso(when.earliestMs), iso(when.latestMs)]).toEqual([earliest, latest]);
	});
});

describe('parseWhen: ranges', () => {
	const rows: Array<{
		edtf: string;
		start: string;
		end: string;
		earliest: string;
		latest: string;
		sort: string;
		uncertain?: boolean;
		approximate?: boolean;
	}> = [
		{
			edtf: '2025-03-18/2025-04-17',
			start: 'date 2025-03-18',
			end: 'date 2025-04-17',
			earliest: '2025-03-18T00:00:00.000Z',
			latest: '2025-04-17T23:59:59.999Z',
			sort: '2025-03-18T00:00:00.000Z'
		},
		{
			// The shipped energy-strike pause: 30 days from the order, so its end is approximate.
			edtf: '2025-03-18/2025-04-17~',
			start: 'date 2025-03-18',
			end: 'date 2025-04-17~',
			earliest: '2025-03-18T00:00:00.000Z',
			latest: '2025-04-17T23:59:59.999Z',
			sort: '2025-03-18T00:00:00.000Z',
			approximate: true
		},
		{
			edtf: '2025-03-18?/2025-04',
			start: 'date 2025-03-18?',
			end: 'date 2025-04',
			earliest: '2025-03-18T00:00:00.000Z',
			latest: '2025-04-30T23:59:59.999Z',
			sort: '2025-03-18T00:00:00.000Z',
			uncertain: true
		},
		{
			// A one-day range is allowed: it ends the day it starts.
			edtf: '2025-03-18/2025-03-18',
			start: 'date 2025-03-18',
			end: 'date 2025-03-18',
			earliest: '2025-03-18T00:00:00.000Z',
			latest: '2025-03-18T23:59:59.999Z',
			sort: '2025-03-18T00:00:00.000Z'
		},
		{
			edtf: '2025-03-18T10:00Z/2025-03-18T12:00Z',
			start: 'date 2025-03-18T10:00Z',
			end: 'date 2025-03-18T12:00Z',
			earliest: '2025-03-18T10:00:00.000Z',
			latest: '2025-03-18T12:00:59.999Z',
			sort: '2025-03-18T10:00:00.000Z'
		},
		{
			edtf: '2025-03-18/..',
			start: 'date 2025-03-18',
			end: 'open',
			earliest: '2025-03-18T00:00:00.000Z',
			latest: 'Infinity',
			sort: '2025-03-18T00:00:00.000Z'
		},
		{
			edtf: '2025-03-18/',
			start: 'date 2025-03-18',
			end: 'unknown',
			earliest: '2025-03-18T00:00:00.000Z',
			latest: 'Infinity',
			sort: '2025-03-18T00:00:00.000Z'
		},
		{
			// With no start, the range is ordered by the only date it has.
			edtf: '../2025-03-18',
			start: 'open',
			end: 'date 2025-03-18',
			earliest: '-Infinity',
			latest: '2025-03-18T23:59:59.999Z',
			sort: '2025-03-18T00:00:00.000Z'
		},
		{
			edtf: '/2025-03-18',
			start: 'unknown',
			end: 'date 2025-03-18',
			earliest: '-Infinity',
			latest: '2025-03-18T23:59:59.999Z',
			sort: '2025-03-18T00:00:00.000Z'
		}
	];

	it.each(rows)('$edtf', ({ edtf, start, end, earliest, latest, sort, uncertain = false, approximate = false }) => {
		const when = parsed(edtf);
		if (when.kind !== 'range') throw new Error(`expected a range, got ${when.kind}`);
		expect(when.edtf).toBe(edtf);
		expect([endpoint(when.start), endpoint(when.end)]).toEqual([start, end]);
		expect([iso(when.earliestMs), iso(when.latestMs), iso(when.sortMs)]).toEqual([earliest, latest, sort]);
		expect({ uncertain: when.uncertain, approximate: when.approximate }).toEqual({ uncertain, approximate });
	});

	it('keeps the precision and flags of each end', () => {
		const when = parsed('2025-03/2025-04-17~');
		if (when.kind !== 'range' || when.start.kind !== 'date' || when.end.kind !== 'date') throw new Error('expected two dates');
		expect(when.start.date).toMatchObject({ precision: 'month', approximate: false });
		expect(when.end.date).toMatchObject({ precision: 'day', approximate: true });
	});
});

describe('parseWhen: bounded dates', () => {
	it('[2025-03-18..] is one date on or after 18 March', () => {
		const when = parsed('[2025-03-18..]');
		if (when.kind !== 'bounded') throw new Error(`expected bounded, got ${when.kind}`);
		expect(when.notAfter).toBeNull();
		expect(when.notBefore).toMatchObject({ edtf: '2025-03-18', precision: 'day' });
		expect([iso(when.earliestMs), iso(when.latestMs), iso(when.sortMs)]).toEqual([
			'2025-03-18T00:00:00.000Z',
			'Infinity',
			'2025-03-18T00:00:00.000Z'
		]);
		expect({ uncertain: when.uncertain, approximate: when.approximate }).toEqual({ uncertain: false, approximate: false });
	});

	it('[..2025-03-18] is one date on or before 18 March', () => {
		const when = parsed('[..2025-03-18]');
		if (when.kind !== 'bounded') throw new Error(`expected bounded, got ${when.kind}`);
		expect(when.notBefore).toBeNull();
		expect(when.notAfter).toMatchObject({ edtf: '2025-03-18', precision: 'day' });
		expect([iso(when.earliestMs), iso(when.latestMs), iso(when.sortMs)]).toEqual([
			'-Infinity',
			'2025-03-18T23:59:59.999Z',
			'2025-03-18T00:00:00.000Z'
		]);
	});

	it('carries the flags of its date', () => {
		const when = parsed('[2025-03~..]');
		if (when.kind !== 'bounded') throw new Error(`expected bounded, got ${when.kind}`);
		expect(when.notBefore).toMatchObject({ precision: 'month', approximate: true });
		expect(when.approximate).toBe(true);
		expect(iso(when.earliestMs)).toBe('2025-03-01T00:00:00.000Z');
	});
});

describe('parseWhen: rejected forms', () => {
	const rows: Array<{ edtf: string; message: string }> = [
		{ edtf: '2025-02-30', message: '"2025-02-30" is not a valid EDTF date' },
		{ edtf: '2025-13', message: 'is not a valid EDTF date' },
		{ edtf: '19 March 2025', message: 'is not a valid EDTF date' },
		{ edtf: '2025-03-18T10:00', message: 'gives a time without a UTC offset; add Z or ±hh:mm (e.g. 2025-03-18T10:00Z)' },
		{ edtf: '2025-04-17/2025-03-18', message: 'ends (2025-03-18) before it starts (2025-04-17)' },
		// A month that ends before a day in the next month starts.
		{ edtf: '2025-04/2025-03-31', message: 'ends (2025-03-31) before it starts (2025-04)' },
		{ edtf: '2025-03-18T10:00/2025-03-18T11:00Z', message: 'its start "2025-03-18T10:00" gives a time without a UTC offset' },
		{ edtf: '2025-03-18/2025-02-30', message: 'its end "2025-02-30" is not a valid EDTF date' },
		{ edtf: '{2025-03-18,2025-03-19}', message: 'is an EDTF list of several dates' },
		{ edtf: '{2025-03-18..2025-03-20}', message: 'is an EDTF list of several dates' },
		{ edtf: '[2025-03-18,2025-03-19]', message: 'is an EDTF set; Citeline takes only [date..] (on or after) and [..date] (on or before)' },
		{ edtf: '[2025-03-18]', message: 'is an EDTF set' },
		{ edtf: '[2025-03-18..2025-03-20]', message: 'is an EDTF set' },
		{ edtf: '[..2025-03-18..]', message: 'is an EDTF set' },
		{ edtf: '[2025-02-30..]', message: '"[2025-02-30..]": "2025-02-30" is not a valid EDTF date' },
		{ edtf: '../..', message: 'has neither a start nor an end' },
		{ edtf: '/', message: 'has neither a start nor an end' },
		{ edtf: '/..', message: 'has neither a start nor an end' },
		{ edtf: '', message: 'is empty' },
		{ edtf: '   ', message: 'is empty' },
		{ edtf: ' 2025-03-18', message: 'has spaces around it: " 2025-03-18"' },
		{ edtf: '2025-03-18\n', message: 'has spaces around it' },
		{ edtf: '2025-03-18 / 2025-03-19', message: 'is not a valid EDTF date' },
		{ edtf: '2025-03-18/2025-03-19/2025-03-20', message: 'has more than one "/"; a range is start/end' }
	];

	it.each(rows)('$edtf', ({ edtf, message }) => {
		const result = parseWhen(edtf);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});
});

describe('parseDatePoint', () => {
	it('parses one date, as used for publication dates', () => {
		const result = parseDatePoint('2025-03-22');
		expect(result).toEqual({
			ok: true,
			date: {
				edtf: '2025-03-22',
				earliestMs: Date.UTC(2025, 2, 22),
				latestMs: Date.UTC(2025, 2, 23) - 1,
				precision: 'day',
				uncertain: false,
				approximate: false,
				unspecified: false
			}
		});
	});

	it.each(['2025-03-18/2025-03-19', '{2025-03-18,2025-03-19}', '[2025-03-18,2025-03-19]'])('rejects %s: not a single date', (text) => {
		const result = parseDatePoint(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/is not a single date|is not a valid EDTF date/);
	});

	it('rejects a time without an offset', () => {
		const result = parseDatePoint('2025-03-18T10:00:30');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain('without a UTC offset');
	});
});

describe('isDayOrFiner', () => {
	it.each([
		['year', false],
		['season', false],
		['month', false],
		['day', true],
		['minute', true],
		['millisecond', true]
	] as const)('%s → %s', (precision, expected) => {
		expect(isDayOrFiner(precision)).toBe(expected);
	});
});

describe('plain calendar dates read without the EDTF grammar', () => {
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const texts: string[] = [];
	for (const year of [0, 99, 999, 1000, 1600, 1900, 2000, 2023, 2024, 2100, 9999]) {
		texts.push(pad(year, 4));
		for (let month = 0; month <= 13; month++) {
			texts.push(`${pad(year, 4)}-${pad(month, 2)}`);
			for (let day = 0; day <= 32; day++) texts.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
		}
	}
	// Uncertain (?), approximate (~) or both (%), as a whole: every day of a leap year.
	for (const qualifier of ['?', '~', '%']) {
		texts.push(`2024${qualifier}`, `0999-01${qualifier}`);
		for (let month = 0; month <= 13; month++) {
			texts.push(`2024-${pad(month, 2)}${qualifier}`);
			for (let day = 0; day <= 32; day++) texts.push(`2024-${pad(month, 2)}-${pad(day, 2)}${qualifier}`);
		}
	}

	it('read every year, month and day as the edtf package does, and leave what does not exist to the grammar', () => {
		let fast = 0;
		for (const text of texts) {
			const plain = readPlainCalendarDate(text);
			const edtf = readEdtfDate(text);
			// What it leaves (days that do not exist, the first thousand years) the grammar reads.
			if (plain === undefined) continue;
			fast++;
			expect(plain, text).toEqual(edtf);
		}
		// Every day, month and year of the eight years from 1000 on (1600, 2000 and 2024 leap years), and of 2024 qualified.
		expect(fast).toBe(8 * 13 + 5 * 365 + 3 * 366 + 3 * (13 + 366));
	});

	it('leave every other form to the grammar', () => {
		for (const text of ['2025-03?-19', '?2025-03', '2025-03-19??', '196X', '2025-21', '2025-03-18T10:00Z', '-0044-03-15', '12025', '2025-3-19', ' 2025', '2025-02-29', '2025-04-31', '2025-13', '0999-01-01']) {
			expect(readPlainCalendarDate(text), text).toBeUndefined();
		}
	});
});
