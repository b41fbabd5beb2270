/**
 * TimelineJS dates ↔ EDTF.
 *
 * A TimelineJS date is an object of fields, year down to millisecond, each a number or a
 * numeric string, "" meaning absent. Its precision is the finest field filled in.
 *
 * Years before the common era. TimelineJS builds a JavaScript Date and sets the year with
 * setFullYear, which counts astronomically (0 is 1 BCE); but it shows a negative year as
 * its absolute value with "BCE" (src/js/date/TLDate.js, src/js/language/Language.js in
 * NUKnightLab/TimelineJS3), so year -44 reads "44 BCE" to everyone who wrote and checked
 * the timeline. We take the year as it reads: TimelineJS year -n is n BCE, EDTF year
 * -(n-1) (EDTF counts astronomically: 0000 is 1 BCE, -0001 is 2 BCE). TimelineJS year 0
 * (shown as "0") is read as 1 BCE, where TimelineJS places it, with a note.
 *
 * Times carry no zone in TimelineJS (they are shown in each viewer's own zone); they are
 * read as UTC, and the importer says so once.
 *
 * What cannot be placed is refused with a reason, never moved: years beyond what a
 * JavaScript Date holds (the cosmological scale), fields out of range, a month or day with
 * a year that EDTF can only write as a whole year (beyond ±9999).
 */
import { parseWhen, type DatePoint, type Precision, type When } from '../../model/dates';

/** A TimelineJS date as the JSON has it (fields may be numbers, numeric strings or ""). */
export type TimelineJsDate = Partial<Record<DateField, string | number | null>> & { display_date?: string; format?: string };

export const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** The earliest and latest years a JavaScript Date (and so the time axis) can hold, astronomical. */
const MIN_YEAR = -271820;
const MAX_YEAR = 275759;
const AXIS_LIMIT = '±271,821';

const RANGES: Record<Exclude<DateField, 'year'>, [number, number]> = {
	month: [1, 12],
	day: [1, 31],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59],
	millisecond: [0, 999]
};

export type EdtfConversion =
	| { ok: true; edtf: string; precision: Precision; timed: boolean; notes: string[] }
	| { ok: false; field?: string; reason: string };

/** True when the date object has no field filled in (absent, {}, or every field ""). */
export function isEmptyTimelineJsDate(date: unknown): boolean {
	if (date === undefined || date === null || date === '') return true;
	if (typeof date !== 'object') return false;
	return DATE_FIELDS.every((f) => isBlank((date as Record<string, unknown>)[f]));
}

/** One TimelineJS date object → one EDTF date. `side` names it in messages ("start_date"). */
export function timelineJsDateToEdtf(date: unknown, side = 'start_date'): EdtfConversion {
	if (date === null || typeof date !== 'object' || Array.isArray(date)) return { ok: false, field: side, reason: `${side} must be an object with a year` };
	const raw = date as Record<string, unknown>;
	const values: Partial<Record<DateField, number>> = {};
	for (const field of DATE_FIELDS) {
		const value = raw[field];
		if (isBlank(value)) continue;
		const text = String(value).trim();
		if (!/^[+-]?\d+$/.test(text)) return { ok: false, field: `${side}.${field}`, reason: `${field} "${String(value)}" is not a whole number` };
		values[field] = Number(text);
	}
	const filled = DATE_FIELDS.filter((f) => values[f] !== undefined);
	if (values.year === undefined) {
		return { ok: false, field: `${side}.year`, reason: filled.length === 0 ? `${side} has no year` : `${side} gives a ${filled[0]} but no year` };
	}
	// A finer field needs every coarser one: "day 5" of no month is no date.
	const finest = DATE_FIELDS.indexOf(filled[filled.length - 1] as DateField);
	for (const field of DATE_FIELDS.slice(1, finest)) {
		if (values[field] === undefined) return { ok: false, field: `${side}.${field}`, reason: `${side} gives a ${DATE_FIELDS[finest]} but no ${field}` };
	}
	for (const field of DATE_FIELDS.slice(1) as Array<Exclude<DateField, 'year'>>) {
		const value = values[field];
		if (value === undefined) continue;
		const [min, max] = RANGES[field];
		if (value < min || value > max) return { ok: false, field: `${side}.${field}`, reason: `${field} ${value} is not between ${min} and ${max}` };
	}

	const notes: string[] = [];
	const shownYear = values.year;
	const year = shownYear < 0 ? shownYear + 1 : shownYear;
	if (shownYear === 0) notes.push(`${side}: TimelineJS year 0 (shown as "0") is read as 1 BCE, where TimelineJS places it`);
	if (year < MIN_YEAR || year > MAX_YEAR) {
		return { ok: false, field: `${side}.year`, reason: `year ${shownYear} is beyond what Citeline can place on a time axis (${AXIS_LIMIT})` };
	}
	const { month, day, hour, minute, second, millisecond } = values;
	if (Math.abs(year) > 9999) {
		if (month !== undefined) {
			return { ok: false, field: `${side}.month`, reason: `year ${shownYear} can be given only as a whole year (EDTF has months and days only for years -9999 to 9999)` };
		}
		return { ok: true, edtf: `Y${year}`, precision: 'year', timed: false, notes };
	}

	let edtf = (year < 0 ? '-' : '') + pad(Math.abs(year), 4);
	if (month === undefined) return { ok: true, edtf, precision: 'year', timed: false, notes };
	edtf += `-${pad(month, 2)}`;
	if (day === undefined) return { ok: true, edtf, precision: 'month', timed: false, notes };
	if (day > daysInMonth(year, month)) return { ok: false, field: `${side}.day`, reason: `day ${day} is not in ${month}/${shownYear}` };
	edtf += `-${pad(day, 2)}`;
	if (hour === undefined) return { ok: true, edtf, precision: 'day', timed: false, notes };

	// EDTF has no hour precision: an hour alone is given to the minute, and said so.
	if (minute === undefined) notes.push(`${side}: an hour without minutes is read as ${pad(hour, 2)}:00`);
	edtf += `T${pad(hour, 2)}:${pad(minute ?? 0, 2)}`;
	let precision: Precision = 'minute';
	if (second !== undefined) {
		edtf += `:${pad(second, 2)}`;
		precision = 'second';
	}
	if (millisecond !== undefined) {
		edtf += `.${pad(millisecond, 3)}`;
		precision = 'millisecond';
	}
	return { ok: true, edtf: `${edtf}Z`, precision, timed: true, notes };
}

export type WhenConversion = { ok: true; edtf: string; timed: boolean; notes: string[] } | { ok: false; field?: string; reason: string };

/** start_date and end_date → one EDTF point or range. An end equal to the start is a point. */
export function timelineJsDatesToEdtf(start: unknown, end: unknown): WhenConversion {
	if (isEmptyTimelineJsDate(start)) return { ok: false, field: 'start_date', reason: 'no start date: not placed' };
	const from = timelineJsDateToEdtf(start, 'start_date');
	if (!from.ok) return from;
	if (isEmptyTimelineJsDate(end)) return { ok: true, edtf: from.edtf, timed: from.timed, notes: from.notes };
	const to = timelineJsDateToEdtf(end, 'end_date');
	if (!to.ok) return to;
	const notes = [...from.notes, ...to.notes];
	if (to.edtf === from.edtf) return { ok: true, edtf: from.edtf, timed: from.timed, notes };
	const edtf = `${from.edtf}/${to.edtf}`;
	const parsed = parseWhen(edtf);
	if (!parsed.ok) return { ok: false, field: 'end_date', reason: parsed.message.replace(/^"[^"]*" /, `${edtf} `) };
	return { ok: true, edtf, timed: from.timed || to.timed, notes };
}

/** The TimelineJS date fields, as strings, that come nearest to one EDTF date (in UTC). */
export function datePointToTimelineJs(date: DatePoint): Record<string, string> {
	const at = new Date(date.earliestMs);
	const astronomical = at.getUTCFullYear();
	const fields: Record<string, string> = { year: String(astronomical <= 0 ? astronomical - 1 : astronomical) };
	const depth = FIELDS_BY_PRECISION[date.precision];
	const parts = [at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()];
	DATE_FIELDS.slice(1, depth).forEach((field, i) => (fields[field] = String(parts[i])));
	return fields;
}

const FIELDS_BY_PRECISION: Record<Precision, number> = {
	millennium: 1,
	century: 1,
	decade: 1,
	year: 1,
	season: 1,
	month: 2,
	day: 3,
	minute: 5,
	second: 6,
	millisecond: 7
};

export interface TimelineJsDates {
	start_date: Record<string, string>;
	end_date?: Record<string, string>;
}

/**
 * The TimelineJS start and end nearest to a When. TimelineJS has no uncertainty, no open
 * or unknown ends and no "on or after": those keep their known date(s) only, and the
 * caller decides how to carry the rest (see the export).
 */
export function whenToTimelineJs(when: When): TimelineJsDates {
	if (when.kind === 'point') return { start_date: datePointToTimelineJs(when.date) };
	if (when.kind === 'bounded') return { start_date: datePointToTimelineJs((when.notBefore ?? when.notAfter) as DatePoint) };
	const start = when.start.kind === 'date' ? when.start.date : undefined;
	const end = when.end.kind === 'date' ? when.end.date : undefined;
	if (start && end) return { start_date: datePointToTimelineJs(start), end_date: datePointToTimelineJs(end) };
	return { start_date: datePointToTimelineJs((start ?? end) as DatePoint) };
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
	const at = new Date(0);
	at.setUTCFullYear(year, month, 0);
	return at.getUTCDate();
}
