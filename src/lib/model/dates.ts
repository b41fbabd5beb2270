/**
 * When an event happened, as its sources say it: EDTF strings turned into instants.
 *
 * EDTF (ISO 8601-2) is the source of truth for a date's precision and uncertainty. This
 * module parses the forms Citeline supports with the `edtf` package and reduces each to the
 * earliest and latest instant it may denote, plus the precision and the flags, so that the
 * layout and the text never have to guess. It does not format dates for people: see
 * src/lib/format/when.ts.
 *
 * Supported forms:
 *   point     2025-03-19 · 2025-03 · 2025 · 2025-03-19? · 2025-03-19~ · 2025-03-18T10:00Z · 196X
 *             2025-21 (a season or another division of a year, 21–41: see seasons.ts)
 *   range     2025-03-18/2025-04-17 · 2025-03-18/.. (ongoing) · 2025-03-18/ (end not reported)
 *             ../2025-03-18 · /2025-03-18
 *   bounded   [2025-03-18..] one date on or after · [..2025-03-18] one date on or before
 * All instants are UTC milliseconds. A calendar date stands for the whole UTC day.
 */
import edtf, { parse, type EdtfNode } from 'edtf';
import { yearDivisionExtent } from './seasons';

export const PRECISIONS = [
	'millennium',
	'century',
	'decade',
	'year',
	'season',
	'month',
	'day',
	'minute',
	'second',
	'millisecond'
] as const;
export type Precision = (typeof PRECISIONS)[number];

/** One EDTF date: the whole of a point, or one known end of a range. */
export interface DatePoint {
	edtf: string;
	earliestMs: number;
	latestMs: number;
	precision: Precision;
	/** Marked `?`: the source is not sure of it. */
	uncertain: boolean;
	/** Marked `~`: about this date. */
	approximate: boolean;
	/** Has `X` digits: part of the date is not known at all. */
	unspecified: boolean;
}

/** An end of a range: a date, open (`..`, it goes on) or unknown (empty: not reported). */
export type Endpoint = { kind: 'date'; date: DatePoint } | { kind: 'open' } | { kind: 'unknown' };

interface WhenBase {
	edtf: string;
	/** The earliest instant the event may have happened at; -Infinity when unbounded. */
	earliestMs: number;
	/** The latest instant; +Infinity when unbounded. */
	latestMs: number;
	/** A finite instant to order events by: the earliest known bound. */
	sortMs: number;
	uncertain: boolean;
	approximate: boolean;
}

export type When =
	| (WhenBase & { kind: 'point'; date: DatePoint })
	| (WhenBase & { kind: 'range'; start: Endpoint; end: Endpoint })
	/** One date that is only known to be on or after `notBefore`, or on or before `notAfter`. */
	| (WhenBase & { kind: 'bounded'; notBefore: DatePoint | null; notAfter: DatePoint | null });

export type WhenResult = { ok: true; when: When } | { ok: false; message: string };

const MINUTE_MS = 60_000;
/** How long the last unit of a timed date lasts, so that 10:00 covers 10:00:00.000–10:00:59.999. */
const TIME_UNIT_MS: Partial<Record<Precision, number>> = {
	minute: MINUTE_MS,
	second: 1000,
	millisecond: 1
};

export function parseWhen(input: string): WhenResult {
	const text = input.trim();
	if (text === '') return fail('is empty; write an EDTF date such as 2025-03-19');
	if (text !== input) return fail(`has spaces around it: "${input}"`);

	if (text.startsWith('{')) {
		return fail(`"${text}" is an EDTF list of several dates; Citeline events take one date, a range or [date..]`);
	}
	if (text.startsWith('[')) return parseBounded(text);
	if (text.includes('/')) return parseRange(text);

	const point = parseDatePoint(text);
	if (!point.ok) return point;
	const date = point.date;
	return {
		ok: true,
		when: {
			kind: 'point',
			edtf: text,
			date,
			earliestMs: date.earliestMs,
			latestMs: date.latestMs,
			sortMs: date.earliestMs,
			uncertain: date.uncertain,
			approximate: date.approximate
		}
	};
}

function parseRange(text: string): WhenResult {
	const parts = text.split('/');
	if (parts.length !== 2) return fail(`"${text}" has more than one "/"; a range is start/end`);
	const [startText = '', endText = ''] = parts;
	if (isUnbounded(startText) && isUnbounded(endText)) {
		return fail(`"${text}" has neither a start nor an end; give at least one date`);
	}

	const start = parseEndpoint(startText, 'start');
	if ('message' in start) return fail(`"${text}": ${start.message}`);
	const end = parseEndpoint(endText, 'end');
	if ('message' in end) return fail(`"${text}": ${end.message}`);

	if (start.kind === 'date' && end.kind === 'date' && end.date.latestMs < start.date.earliestMs) {
		return fail(`"${text}" ends (${end.date.edtf}) before it starts (${start.date.edtf})`);
	}

	const earliestMs = start.kind === 'date' ? start.date.earliestMs : -Infinity;
	const latestMs = end.kind === 'date' ? end.date.latestMs : Infinity;
	const known = [start, end].flatMap((e) => (e.kind === 'date' ? [e.date] : []));
	return {
		ok: true,
		when: {
			kind: 'range',
			edtf: text,
			start,
			end,
			earliestMs,
			latestMs,
			sortMs: start.kind === 'date' ? start.date.earliestMs : (known[0]?.earliestMs ?? 0),
			uncertain: known.some((d) => d.uncertain),
			approximate: known.some((d) => d.approximate)
		}
	};
}

function isUnbounded(part: string): boolean {
	return part === '' || part === '..';
}

function parseEndpoint(part: string, side: 'start' | 'end'): Endpoint | { message: string } {
	if (part === '..') return { kind: 'open' };
	if (part === '') return { kind: 'unknown' };
	const result = parseDatePoint(part);
	if (!result.ok) return { message: `its ${side} ${result.message}` };
	return { kind: 'date', date: result.date };
}

function parseBounded(text: string): WhenResult {
	const match = /^\[(\.\.)?([^,.\]]+)(\.\.)?\]$/.exec(text);
	if (!match || Boolean(match[1]) === Boolean(match[3])) {
		return fail(
			`"${text}" is an EDTF set; Citeline takes only [date..] (on or after) and [..date] (on or before)`
		);
	}
	const inner = parseDatePoint(match[2] ?? '');
	if (!inner.ok) return fail(`"${text}": ${inner.message}`);
	const date = inner.date;
	const after = Boolean(match[3]);
	return {
		ok: true,
		when: {
			kind: 'bounded',
			edtf: text,
			notBefore: after ? date : null,
			notAfter: after ? null : date,
			earliestMs: after ? date.earliestMs : -Infinity,
			latestMs: after ? Infinity : date.latestMs,
			sortMs: date.earliestMs,
			uncertain: date.uncertain,
			approximate: date.approximate
		}
	};
}

type DatePointResult = { ok: true; date: DatePoint } | { ok: false; message: string };

/**
 * Date points already read, by their text. The edtf package builds its grammar afresh for
 * every parse (about 0.3 ms each), and a large timeline repeats a few thousand dates:
 * 100,000 events spent most of their validation here. The results are never changed, so
 * they can be shared; the bound keeps a long-lived page from growing without end.
 */
const readPoints = new Map<string, DatePointResult>();
const MAX_READ_POINTS = 100_000;

/** Parses one EDTF date (no range, no set). Exported for source publication dates. */
export function parseDatePoint(text: string): DatePointResult {
	let result = readPoints.get(text);
	if (result === undefined) {
		if (readPoints.size >= MAX_READ_POINTS) readPoints.clear();
		readPoints.set(text, (result = readDatePoint(text)));
	}
	return result;
}

function readDatePoint(text: string): DatePointResult {
	return readPlainCalendarDate(text) ?? readEdtfDate(text);
}

const PLAIN_CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/**
 * A plain year, month or day (2025, 2025-03, 2025-03-19), perhaps uncertain or approximate as a
 * whole (2025-03-19?, 2025-03~, 2025%), read without the EDTF grammar, the
 * same as the edtf package reads it (dates.spec.ts compares the two over every day of several
 * years): most dates of a large timeline are of this form, and the grammar costs about 0.15 ms
 * a date. Anything else, including a month or day that does not exist, is left to the grammar
 * (undefined), which also words the error.
 */
export function readPlainCalendarDate(text: string): DatePointResult | undefined {
	const match = PLAIN_CALENDAR_DATE.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	// The edtf package has its own reading of the first centuries (e.g. of 0000-02-28): leave them to it.
	if (year < 1000) return undefined;
	const month = match[2] === undefined ? undefined : Number(match[2]);
	const day = match[3] === undefined ? undefined : Number(match[3]);
	const qualifier = match[4];
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (day !== undefined && (day < 1 || day > daysInMonth(year, month as number))) return undefined;
	const start = utcStart(year, (month ?? 1) - 1, day ?? 1);
	const next = day !== undefined ? utcStart(year, (month as number) - 1, day + 1) : month !== undefined ? utcStart(year, month, 1) : utcStart(year + 1, 0, 1);
	return {
		ok: true,
		date: { edtf: text, earliestMs: start, latestMs: next - 1, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year', uncertain: qualifier === '?' || qualifier === '%', approximate: qualifier === '~' || qualifier === '%', unspecified: false }
	};
}

/** Midnight UTC of a day. */
function utcStart(year: number, monthIndex: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime();
}

function daysInMonth(year: number, month: number): number {
	return new Date(utcStart(year, month, 0)).getUTCDate();
}

/** One EDTF date read with the edtf package's grammar. Exported for the test that compares the two readings. */
export function readEdtfDate(text: string): DatePointResult {
	let node: EdtfNode;
	let min: number;
	let max: number;
	// The edtf package reads the first three fraction digits as an integer (.5 as 5 ms): pad them.
	const parsable = text.replace(/(T\d\d:\d\d:\d\d\.)(\d{1,2})(?!\d)/, (_, time: string, digits: string) => time + digits.padEnd(3, '0'));
	try {
		node = parse(parsable);
		const value = edtf(node);
		min = value.min;
		max = value.max;
	} catch {
		return fail(`"${text}" is not a valid EDTF date (expected e.g. 2025-03-19, 2025-03, 2025-03-19?, 2025-03-18T10:00Z)`);
	}
	if (node.type === 'Interval' || node.type === 'Set' || node.type === 'List') {
		return fail(`"${text}" is not a single date`);
	}
	const values = node.values.filter((v): v is number => typeof v === 'number');
	const hasTime = node.type === 'Date' && values.length > 3;
	if (hasTime && node.timeZone === undefined) {
		return fail(`"${text}" gives a time without a UTC offset; add Z or ±hh:mm (e.g. ${text}Z)`);
	}
	if (node.type === 'Season') {
		// The edtf package reads seasons as quarters of the year: use their real months.
		const extent = yearDivisionExtent(node.values[0] as number, node.values[1] as number);
		if (!extent) return fail(`"${text}" names no division of a year Citeline knows (21–41)`);
		({ earliestMs: min, latestMs: max } = extent);
	}
	const precision = precisionOf(node, text);
	const unitMs = TIME_UNIT_MS[precision];
	if (unitMs !== undefined) max = min + unitMs - 1;
	if (!Number.isFinite(min) || !Number.isFinite(max)) {
		return fail(`"${text}" lies outside the range of dates Citeline can place on a time axis`);
	}
	return {
		ok: true,
		date: {
			edtf: text,
			earliestMs: min,
			latestMs: max,
			precision,
			uncertain: Boolean(node.uncertain),
			approximate: Boolean(node.approximate),
			unspecified: Boolean(node.unspecified)
		}
	};
}

const PRECISION_BY_LENGTH: Record<number, Precision> = {
	1: 'year',
	2: 'month',
	3: 'day',
	5: 'minute',
	6: 'second',
	7: 'millisecond'
};

function precisionOf(node: EdtfNode, text: string): Precision {
	switch (node.type) {
		case 'Season':
			return 'season';
		case 'Decade':
			return 'decade';
		case 'Century':
			return 'century';
		case 'Year':
			return 'year';
	}
	if (node.unspecified) {
		// Unspecified digits (X) make the date as coarse as its first unknown part.
		const year = /^-?(\d|X){4}/.exec(text)?.[0] ?? '';
		const unknownYearDigits = (year.match(/X/g) ?? []).length;
		if (unknownYearDigits >= 3) return 'millennium';
		if (unknownYearDigits === 2) return 'century';
		if (unknownYearDigits === 1) return 'decade';
		const month = text.slice(year.length + 1, year.length + 3);
		return month.includes('X') ? 'year' : 'month';
	}
	const length = node.values.length;
	return PRECISION_BY_LENGTH[length] ?? 'day';
}

function fail(message: string): { ok: false; message: string } {
	return { ok: false, message };
}

/** True when the date is known to the day or finer. */
export function isDayOrFiner(precision: Precision): boolean {
	return PRECISIONS.indexOf(precision) >= PRECISIONS.indexOf('day');
}
