import { describe, expect, it } from 'vitest';
import { parseWhen, type When } from '../model/dates';
import { describePrecision, describeSpan, describeWhen, formatDatePoint } from './when';

/** Real parsed dates, not hand-made objects: the words must fit what the model produces. */
function when(edtf: string): When {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(`"${edtf}": ${result.message}`);
	return result.when;
}

describe('describeWhen', () => {
	const rows: Array<[edtf: string, words: string]> = [
		// Points, at their own precision.
		['2025-03-19', '19 March 2025'],
		['2025-03', 'March 2025'],
		['2025', '2025'],
		['196X', '1960s'],
		['2025-21', 'spring 2025'],
		['2025-03-19?', '19 March 2025 (date uncertain)'],
		['2025-03-19~', 'about 19 March 2025'],
		['2025-03-19%', 'about 19 March 2025 (date uncertain)'],
		['2025-03~', 'about March 2025'],
		// Ranges: the start drops what it shares with the end; the length in days is the count from start to end.
		['2025-03-18/2025-04-17', 'from 18 March to 17 April 2025 (30 days)'],
		['2025-03-18/2025-03-20', 'from 18 to 20 March 2025 (2 days)'],
		['2025-03-18/2025-03-19', 'from 18 to 19 March 2025 (1 day)'],
		['2024-12-30/2025-01-02', 'from 30 December 2024 to 2 January 2025 (3 days)'],
		['2025-03/2025-05', 'from March to May 2025'],
		['2024-11/2025-02', 'from November 2024 to February 2025'],
		['2025-03-18/2025-04-17~', 'from 18 March to about 17 April 2025 (about 30 days)'],
		['2025-03-18?/2025-04-17', 'from 18 March to 17 April 2025 (30 days, date uncertain)'],
		// What is not known is said, not filled in.
		['2025-03-18/..', 'from 18 March 2025, ongoing'],
		['2025-03-18/', 'from 18 March 2025 (end date not reported)'],
		['../2025-03-18', 'until 18 March 2025'],
		['/2025-03-18', 'until 18 March 2025 (start date not reported)'],
		['[2025-03-18..]', 'on or after 18 March 2025 (exact date not reported)'],
		['[..2025-03-18]', 'on or before 18 March 2025 (exact date not reported)'],
		['[2025-03-18?..]', 'on or after 18 March 2025 (exact date not reported, date uncertain)']
	];

	it.each(rows)('%s → %s', (edtf, words) => {
		expect(describeWhen(when(edtf))).toBe(words);
	});

	it('says "date uncertain" for an uncertain date at any precision', () => {
		expect(describeWhen(when('2025-03?'))).toContain('date uncertain');
		expect(describeWhen(when('2025?'))).toBe('2025 (date uncertain)');
		expect(describeWhen(when('2025-03-18/2025-04-17?'))).toContain('date uncertain');
		expect(describeWhen(when('2025-03-18/2025-04-17~'))).not.toContain('uncertain');
	});

	it('shows a calendar date as the same day whatever the timeline zone', () => {
		// A date without a time is a calendar day: no zone may move it to the 18th or the 20th.
		for (const timeZone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Moscow']) {
			expect(describeWhen(when('2025-03-19'), { timeZone })).toBe('19 March 2025');
			expect(describeWhen(when('2025-03-18/2025-04-17'), { timeZone })).toBe('from 18 March to 17 April 2025 (30 days)');
		}
	});

	const timed: Array<[edtf: string, timeZone: string, words: RegExp]> = [
		// Moscow is UTC+3 all year.
		['2025-03-18T10:00Z', 'Europe/Moscow', /^18 March 2025, 13:00 (GMT\+3|MSK)$/],
		['2025-03-18T10:00Z', 'UTC', /^18 March 2025, 10:00 UTC$/],
		// 22:30 UTC is already the next day in Moscow.
		['2025-03-18T22:30Z', 'Europe/Moscow', /^19 March 2025, 01:30 (GMT\+3|MSK)$/],
		// 10:00+03:00 is 07:00 UTC, 03:00 in New York (daylight time, UTC−4, from 9 March 2025).
		['2025-03-18T10:00+03:00', 'America/New_York', /^18 March 2025, 03:00 (GMT-4|EDT)$/],
		// Kyiv is UTC+2 until the clocks change on 30 March 2025.
		['2025-03-18T10:00:30Z', 'Europe/Kyiv', /^18 March 2025, 12:00:30 (GMT\+2|EET)$/]
	];

	it.each(timed)('%s in %s', (edtf, timeZone, words) => {
		expect(describeWhen(when(edtf), { timeZone })).toMatch(words);
	});

	it('shows a time in UTC when the timeline names no zone', () => {
		expect(describeWhen(when('2025-03-18T10:00+03:00'))).toBe('18 March 2025, 07:00 UTC');
	});

	it('shows a range of times in the timeline zone', () => {
		expect(describeWhen(when('2025-03-18T10:00Z/2025-03-18T12:00Z'), { timeZone: 'Europe/Moscow' })).toMatch(
			/^from 18 March 2025, 13:00 (GMT\+3|MSK) to 18 March 2025, 15:00 (GMT\+3|MSK)$/
		);
	});
});

describe('formatDatePoint', () => {
	it('formats one end of a range without its qualifiers', () => {
		const range = when('2025-03-18/2025-04-17~');
		if (range.kind !== 'range' || range.end.kind !== 'date') throw new Error('expected a range with an end date');
		expect(formatDatePoint(range.end.date)).toBe('17 April 2025');
	});
});

describe('describePrecision', () => {
	it.each([
		['day', 'known to the day'],
		['month', 'known to the month'],
		['decade', 'known to the decade']
	] as const)('%s → %s', (precision, words) => {
		expect(describePrecision(precision)).toBe(words);
	});
});

describe('describeSpan', () => {
	const rows: Array<[name: string, earliest: string, latest: string, words: string]> = [
		['within a year', '2025-03-18T00:00:00.000Z', '2025-04-17T23:59:59.999Z', '18 March – 17 April 2025'],
		['within a month', '2025-03-18T00:00:00.000Z', '2025-03-19T23:59:59.999Z', '18–19 March 2025'],
		['one day', '2025-03-18T00:00:00.000Z', '2025-03-18T23:59:59.999Z', '18 March 2025'],
		['across years', '2024-12-30T00:00:00.000Z', '2025-01-02T23:59:59.999Z', '30 December 2024 – 2 January 2025']
	];

	it.each(rows)('%s', (_, earliest, latest, words) => {
		expect(describeSpan({ earliestMs: Date.parse(earliest), latestMs: Date.parse(latest) })).toBe(words);
	});

	it('reads the span in UTC days, not in the zone the tests run in', () => {
		// The last millisecond of 19 March UTC is still the 19th, even where the local clock says the 19th is over or not begun.
		expect(describeSpan({ earliestMs: Date.UTC(2025, 2, 18), latestMs: Date.UTC(2025, 2, 20) - 1 })).toBe('18–19 March 2025');
	});
});
