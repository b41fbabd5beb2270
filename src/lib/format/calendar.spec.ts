import { tz } from '@date-fns/tz';
import { enGB, ru, uk } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatCalendar, utcYearOf } from './calendar';

const at = (year: number, month = 0, day = 1) => {
	const d = new Date(Date.UTC(2000, month, day));
	d.setUTCFullYear(year);
	return +d;
};

describe('formatCalendar', () => {
	it.each([
		[2025, enGB, 'd MMMM yyyy', '1 January 2025'],
		[44, enGB, 'yyyy', '44'],
		[1, enGB, 'yyyy', '1'],
		[0, enGB, 'yyyy', '1 BC'], // astronomical year 0 is 1 BC
		[-499, enGB, 'd MMMM yyyy', '1 January 500 BC'],
		[-499, ru, 'd MMMM yyyy', '1 января 500 до н. э.'],
		[-499, uk, 'LLLL yyyy', 'січень 500 до н. е.']
	])('year %i in %s as %s → %s', (year, locale, pattern, expected) => {
		expect(formatCalendar(at(year), pattern, { in: tz('UTC'), locale })).toBe(expected);
	});

	it('tells 5 BC from AD 5', () => {
		const options = { in: tz('UTC'), locale: enGB };
		expect(formatCalendar(at(-4), 'yyyy', options)).not.toBe(formatCalendar(at(5), 'yyyy', options));
		expect(utcYearOf(at(-4))).toBe(-4);
	});
});
