import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../model/dates';
import { timelineJsDatesToEdtf, timelineJsDateToEdtf, whenToTimelineJs, type TimelineJsDate } from './dates';

describe('timelineJsDateToEdtf: precision is the finest field filled in', () => {
	it.each<[string, TimelineJsDate, string, string]>([
		['a year', { year: '1815' }, '1815', 'year'],
		['a month', { year: '1815', month: '12' }, '1815-12', 'month'],
		['a day', { year: '1815', month: '12', day: '10' }, '1815-12-10', 'day'],
		['a minute', { year: 1815, month: 12, day: 10, hour: 10, minute: 15 }, '1815-12-10T10:15Z', 'minute'],
		['a second', { year: '1815', month: '12', day: '10', hour: '10', minute: '15', second: '30' }, '1815-12-10T10:15:30Z', 'second'],
		['a millisecond', { year: '1815', month: '12', day: '10', hour: '10', minute: '15', second: '30', millisecond: '250' }, '1815-12-10T10:15:30.250Z', 'millisecond'],
		['"" means absent', { year: '1943', month: '7', day: '' }, '1943-07', 'month'],
		['numbers and numeric strings alike, spaces trimmed', { year: 1951, month: ' 3 ' }, '1951-03', 'month'],
		['a small year padded (602, not the decade 602X)', { year: '602' }, '0602', 'year'],
		['-44 reads "44 BCE": EDTF -0043', { year: '-44' }, '-0043', 'year'],
		['-1 reads "1 BCE": EDTF 0000', { year: '-1', month: '3', day: '15' }, '0000-03-15', 'day'],
		['-3500 reads "3500 BCE"', { year: '-3500' }, '-3499', 'year'],
		['a year beyond 9999', { year: '-170000' }, 'Y-169999', 'year'],
		['the display and format fields are not date fields', { year: '2000', display_date: 'Y2K', format: '' }, '2000', 'year']
	])('%s', (_, date, edtf, precision) => {
		const result = timelineJsDateToEdtf(date);
		expect(result).toMatchObject({ ok: true, edtf });
		// The model agrees on the precision and can place it.
		const when = parseWhen(edtf);
		expect(when.ok && when.when.kind === 'point' && when.when.date.precision).toBe(precision);
		expect(result.ok && result.precision).toBe(precision);
	});

	it('reads an hour without minutes to the minute, and says so', () => {
		const result = timelineJsDateToEdtf({ year: '2000', month: '1', day: '5', hour: '6' });
		expect(result).toMatchObject({ ok: true, edtf: '2000-01-05T06:00Z', timed: true });
		expect(result.ok && result.notes).toEqual(['start_date: an hour without minutes is read as 06:00']);
	});

	it('reads year 0 as 1 BCE, with a note', () => {
		const result = timelineJsDateToEdtf({ year: '0' });
		expect(result).toMatchObject({ ok: true, edtf: '0000' });
		expect(result.ok && result.notes[0]).toContain('year 0');
	});

	it.each<[string, unknown, string, string]>([
		['no year', { month: '3' }, 'start_date.year', 'start_date gives a month but no year'],
		['nothing at all', {}, 'start_date.year', 'start_date has no year'],
		['not an object', '1815', 'start_date', 'must be an object'],
		['a word for a month', { year: '1815', month: 'March' }, 'start_date.month', 'month "March" is not a whole number'],
		['a fraction', { year: '1815.5' }, 'start_date.year', 'is not a whole number'],
		['month 13', { year: '1815', month: '13' }, 'start_date.month', 'month 13 is not between 1 and 12'],
		['30 February', { year: '2001', month: '2', day: '30' }, 'start_date.day', 'day 30 is not in 2/2001'],
		['a day without a month', { year: '2001', day: '3' }, 'start_date.month', 'gives a day but no month'],
		['a minute without an hour', { year: '2001', month: '1', day: '3', minute: '5' }, 'start_date.hour', 'gives a minute but no hour'],
		['minute 60', { year: '2001', month: '1', day: '3', hour: '1', minute: '60' }, 'start_date.minute', 'not between 0 and 59'],
		[
			'the Big Bang',
			{ year: '-13800000000' },
			'start_date.year',
			'year -13800000000 is beyond what Citeline can place on a time axis (±271,821)'
		],
		['just past the axis', { year: '-271822' }, 'start_date.year', 'beyond what Citeline can place'],
		['a month in a year beyond 9999', { year: '-20000', month: '1' }, 'start_date.month', 'only as a whole year']
	])('refuses %s', (_, date, field, reason) => {
		const result = timelineJsDateToEdtf(date);
		expect(result).toMatchObject({ ok: false, field });
		expect(!result.ok && result.reason).toContain(reason);
	});

	it('places the last year the axis holds', () => {
		const result = timelineJsDateToEdtf({ year: '-271821' });
		expect(result).toMatchObject({ ok: true, edtf: 'Y-271820' });
		expect(parseWhen('Y-271820').ok).toBe(true);
	});
});

describe('timelineJsDatesToEdtf: start and end', () => {
	it.each<[string, unknown, unknown, string]>([
		['a range', { year: '1815', month: '12', day: '10' }, { year: '1852', month: '11', day: '27' }, '1815-12-10/1852-11-27'],
		['an end equal to the start is a point', { year: '1900', month: '1' }, { year: '1900', month: '1' }, '1900-01'],
		['an empty end is no end', { year: '1943', month: '7' }, { year: '', month: '', day: '' }, '1943-07'],
		['a range of different precisions', { year: '1943', month: '7' }, { year: '1946' }, '1943-07/1946'],
		['a BCE range', { year: '-538' }, { year: '-251' }, '-0537/-0250']
	])('%s', (_, start, end, edtf) => {
		expect(timelineJsDatesToEdtf(start, end)).toMatchObject({ ok: true, edtf });
		expect(parseWhen(edtf).ok).toBe(true);
	});

	it('reports no start date', () => {
		expect(timelineJsDatesToEdtf(undefined, { year: '1900' })).toEqual({ ok: false, field: 'start_date', reason: 'no start date: not placed' });
		expect(timelineJsDatesToEdtf({ year: '' }, undefined)).toMatchObject({ ok: false, reason: 'no start date: not placed' });
	});

	it('refuses an end before the start, naming both', () => {
		const result = timelineJsDatesToEdtf({ year: '1900' }, { year: '1800' });
		expect(result).toMatchObject({ ok: false, field: 'end_date' });
		expect(!result.ok && result.reason).toContain('ends (1800) before it starts (1900)');
	});
});

describe('whenToTimelineJs: back to TimelineJS fields', () => {
	it.each<[string, Record<string, string>, Record<string, string> | undefined]>([
		['1815-12-10/1852-11-27', { year: '1815', month: '12', day: '10' }, { year: '1852', month: '11', day: '27' }],
		['1951', { year: '1951' }, undefined],
		['-0043', { year: '-44' }, undefined],
		['0000-03-15', { year: '-1', month: '3', day: '15' }, undefined],
		['Y-169999', { year: '-170000' }, undefined],
		['2000-01-05T06:45:56.250Z', { year: '2000', month: '1', day: '5', hour: '6', minute: '45', second: '56', millisecond: '250' }, undefined],
		['2025-03-18T13:00+03:00', { year: '2025', month: '3', day: '18', hour: '10', minute: '0' }, undefined],
		['[2025-03-18..]', { year: '2025', month: '3', day: '18' }, undefined],
		['/2025-03-18', { year: '2025', month: '3', day: '18' }, undefined],
		['196X', { year: '1960' }, undefined]
	])('%s', (edtf, start, end) => {
		const when = parseWhen(edtf);
		if (!when.ok) throw new Error(when.message);
		expect(whenToTimelineJs(when.when)).toEqual(end === undefined ? { start_date: start } : { start_date: start, end_date: end });
	});

	it('reads back to the same EDTF for every form TimelineJS has', () => {
		for (const edtf of ['1815', '1815-12', '1815-12-10', '1815-12-10T10:15Z', '1815-12-10T10:15:30Z', '1815-12-10T10:15:30.250Z', '-0043', '0000', 'Y-20000', '1943-07/1946']) {
			const when = parseWhen(edtf);
			if (!when.ok) throw new Error(when.message);
			const { start_date, end_date } = whenToTimelineJs(when.when);
			expect(timelineJsDatesToEdtf(start_date, end_date)).toMatchObject({ ok: true, edtf });
		}
	});
});
