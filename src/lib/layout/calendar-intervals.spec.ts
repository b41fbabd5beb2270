import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { boundaries, ceil, daysWhere, every, mondays, type CalendarInterval } from './calendar-intervals';
import { DAY_MS, YEAR_MS } from './time-scale';

const d3Every = (interval: { every(step: number): TimeInterval | null }, step: number) => interval.every(step) as TimeInterval;

/** Each interval the axis uses, beside the d3-time interval it replaces. */
const PAIRS: Array<[name: string, ours: CalendarInterval, d3: TimeInterval, spanMs: number]> = [
	['15 minutes', every('minute', 15), d3Every(utcMinute, 15), 3 * DAY_MS],
	['hour', every('hour'), utcHour, 10 * DAY_MS],
	['3 hours', every('hour', 3), d3Every(utcHour, 3), 30 * DAY_MS],
	['12 hours', every('hour', 12), d3Every(utcHour, 12), 60 * DAY_MS],
	['day', every('day'), utcDay, 400 * DAY_MS],
	['odd days', daysWhere((ms) => new Date(ms).getUTCDate() % 2 === 1), utcDay.filter((d) => d.getUTCDate() % 2 === 1), 400 * DAY_MS],
	['Monday', mondays, utcMonday, 3 * YEAR_MS],
	['month', every('month'), utcMonth, 30 * YEAR_MS],
	['quarter', every('month', 3), d3Every(utcMonth, 3), 60 * YEAR_MS],
	['year', every('year'), utcYear, 300 * YEAR_MS],
	['25 years', every('year', 25), d3Every(utcYear, 25), 5000 * YEAR_MS],
	['1000 years', every('year', 1000), d3Every(utcYear, 1000), 100_000 * YEAR_MS]
];

/** Windows starting at odd instants, BC and AD, across leap days and month ends. */
function starts(): number[] {
	const list = [0, Date.UTC(2024, 1, 29, 13, 7), Date.UTC(2025, 11, 31, 23, 59, 59, 999), Date.UTC(1970, 0, 1, 0, 0, 0, 1)];
	for (let i = 0; i < 60; i++) {
		const d = new Date(Date.UTC(2000, 0, 1));
		d.setUTCFullYear(-3000 + ((i * 1543) % 5000), (i * 5) % 12, 1 + ((i * 11) % 31));
		d.setUTCHours((i * 7) % 24, (i * 13) % 60, (i * 17) % 60, (i * 101) % 1000);
		list.push(+d);
	}
	return list;
}

describe('calendar intervals', () => {
	it.each(PAIRS)('every %s falls where d3-time puts it', (_name, ours, d3, spanMs) => {
		for (const from of starts()) {
			const to = from + spanMs * ((from % 7) / 7 + 0.05);
			const expected = d3.range(new Date(from), new Date(to)).map(Number);
			expect(boundaries(ours, from, to), new Date(from).toISOString()).toEqual(expected);
			expect(ours.floor(from)).toBe(+d3.floor(new Date(from)));
			expect(ceil(ours, from)).toBe(+d3.ceil(new Date(from)));
		}
	});

	it('stops at the end of what a Date can hold', () => {
		const last = 8.64e15;
		expect(boundaries(every('year', 100_000), last - 300_000 * YEAR_MS, last + YEAR_MS).every((ms) => ms <= last)).toBe(true);
	});
});
