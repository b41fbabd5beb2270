/**
 * Calendar boundaries on UTC fields for the axis (ticks.ts): every 15 minutes, every 3 hours,
 * every Monday, every quarter, every 25 years… They fall where d3-time's UTC intervals and
 * their `every(step)` put them (calendar-intervals.spec.ts compares the two), which the axis
 * used before: a few dozen lines instead of d3-time's general intervals, which were a
 * thirtieth of the web component.
 *
 * Instants are milliseconds; a boundary is an instant at which a unit starts.
 */
export interface CalendarInterval {
	/** The last boundary at or before `ms`. */
	floor(ms: number): number;
	/** The first boundary after the boundary `ms`. */
	next(ms: number): number;
}

export type CalendarUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** Drops what is finer than `unit` and aligns the unit's field on a multiple of `step` (days count from the 1st). */
function floorTo(unit: CalendarUnit, step: number, ms: number): number {
	const d = new Date(ms);
	const align = (n: number) => Math.floor(n / step) * step;
	switch (unit) {
		case 'minute':
			d.setUTCMinutes(align(d.getUTCMinutes()), 0, 0);
			break;
		case 'hour':
			d.setUTCHours(align(d.getUTCHours()), 0, 0, 0);
			break;
		case 'day':
			d.setUTCHours(0, 0, 0, 0);
			d.setUTCDate(align(d.getUTCDate() - 1) + 1);
			break;
		case 'month':
			d.setUTCHours(0, 0, 0, 0);
			d.setUTCMonth(align(d.getUTCMonth()), 1);
			break;
		case 'year':
			d.setUTCHours(0, 0, 0, 0);
			d.setUTCFullYear(align(d.getUTCFullYear()), 0, 1);
			break;
	}
	return +d;
}

function add(unit: CalendarUnit, count: number, ms: number): number {
	const d = new Date(ms);
	if (unit === 'minute') d.setUTCMinutes(d.getUTCMinutes() + count);
	else if (unit === 'hour') d.setUTCHours(d.getUTCHours() + count);
	else if (unit === 'day') d.setUTCDate(d.getUTCDate() + count);
	else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + count);
	else d.setUTCFullYear(d.getUTCFullYear() + count);
	return +d;
}

/**
 * Every `step` units, on the units whose field is a multiple of `step` (minutes of the hour,
 * hours of the day, months of the year, years), as d3-time's `every` counts them.
 */
export function every(unit: CalendarUnit, step = 1): CalendarInterval {
	return {
		floor: (ms) => floorTo(unit, step, ms),
		next: (ms) => floorTo(unit, step, add(unit, step, ms))
	};
}

/** The days for which `keep` holds (it gets the day's start, 00:00 UTC). */
export function daysWhere(keep: (dayMs: number) => boolean): CalendarInterval {
	const day = every('day');
	return {
		floor(ms) {
			let d = day.floor(ms);
			while (!keep(d)) d = add('day', -1, d);
			return d;
		},
		next(ms) {
			let d = day.next(ms);
			while (!keep(d)) d = day.next(d);
			return d;
		}
	};
}

/** Weeks, starting on Mondays. */
export const mondays: CalendarInterval = daysWhere((dayMs) => new Date(dayMs).getUTCDay() === 1);

/** The first boundary at or after `ms`. */
export function ceil(interval: CalendarInterval, ms: number): number {
	const floor = interval.floor(ms);
	return floor === ms ? ms : interval.next(floor);
}

/** The boundaries in [fromMs, toMs), in order. */
export function boundaries(interval: CalendarInterval, fromMs: number, toMs: number): number[] {
	const list: number[] = [];
	// Instants beyond what a Date holds are NaN: the loop stops there, as it does at `toMs`.
	for (let ms = ceil(interval, fromMs); ms < toMs; ) {
		list.push(ms);
		const next = interval.next(ms);
		if (!(next > ms)) break;
		ms = next;
	}
	return list;
}
