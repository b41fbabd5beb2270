/**
 * Dates in words: "19 March 2025", "from 18 March to 17 April 2025 (30 days)",
 * "on or after 18 March 2025 (exact date not reported)".
 *
 * The words say exactly what the data says: the precision (a day, a month, a year), the
 * uncertainty ("uncertain", "about") and what is not known ("start date not reported").
 * Calendar dates are formatted as calendar dates (UTC, where the model stores them); only
 * dates with a time of day are shown in the timeline's time zone.
 */
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays, format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { DatePoint, Endpoint, Precision, When } from '../model/dates';

export interface WhenFormatOptions {
	/** The timeline's zone, used for dates with a time of day. */
	timeZone?: string;
	locale?: Locale;
}

const SEASONS: Record<number, string> = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' };

/** One date in words at its own precision, without qualifiers. */
export function formatDatePoint(date: DatePoint, options: WhenFormatOptions = {}): string {
	const locale = options.locale ?? enGB;
	const utc = { in: tz('UTC'), locale };
	const ms = date.earliestMs;
	switch (date.precision) {
		case 'millennium':
		case 'century':
		case 'decade':
			return `${format(ms, 'yyyy', utc)}s`;
		case 'year':
			return format(ms, 'yyyy', utc);
		case 'season': {
			const code = Number(/-(\d\d)$/.exec(date.edtf.replace(/[?~%]/g, ''))?.[1]);
			return `${SEASONS[code] ?? 'season'} ${format(ms, 'yyyy', utc)}`;
		}
		case 'month':
			return format(ms, 'MMMM yyyy', utc);
		case 'day':
			return format(ms, 'd MMMM yyyy', utc);
		default:
			return formatTime(ms, date.precision, options.timeZone ?? 'UTC', locale);
	}
}

function formatTime(ms: number, precision: Precision, timeZone: string, locale: Locale): string {
	const pattern = precision === 'minute' ? 'd MMMM yyyy, HH:mm' : precision === 'second' ? 'd MMMM yyyy, HH:mm:ss' : 'd MMMM yyyy, HH:mm:ss.SSS';
	return `${format(ms, pattern, { in: tz(timeZone), locale })} ${timeZone === 'UTC' ? 'UTC' : format(ms, 'zzz', { in: tz(timeZone), locale })}`;
}

function qualified(date: DatePoint, options: WhenFormatOptions): string {
	const text = formatDatePoint(date, options);
	return date.approximate ? `about ${text}` : text;
}

function uncertainty(dates: DatePoint[]): string[] {
	return dates.some((d) => d.uncertain) ? ['date uncertain'] : [];
}

/** The whole date of an event in words, with what is uncertain or not reported in brackets. */
export function describeWhen(when: When, options: WhenFormatOptions = {}): string {
	switch (when.kind) {
		case 'point':
			return withNotes(qualified(when.date, options), uncertainty([when.date]));
		case 'bounded': {
			const bound = when.notBefore ?? when.notAfter;
			if (!bound) return 'date not reported';
			const words = when.notBefore ? 'on or after' : 'on or before';
			return withNotes(`${words} ${qualified(bound, options)}`, ['exact date not reported', ...uncertainty([bound])]);
		}
		case 'range':
			return describeRange(when.start, when.end, options);
	}
}

function describeRange(start: Endpoint, end: Endpoint, options: WhenFormatOptions): string {
	if (start.kind === 'date' && end.kind === 'date') {
		const [from, to] = compactPair(start.date, end.date, options);
		const length = durationInWords(start.date, end.date);
		return withNotes(`from ${from} to ${to}`, [...(length ? [length] : []), ...uncertainty([start.date, end.date])]);
	}
	if (start.kind === 'date') {
		const from = qualified(start.date, options);
		if (end.kind === 'open') return withNotes(`from ${from}, ongoing`, uncertainty([start.date]));
		return withNotes(`from ${from}`, ['end date not reported', ...uncertainty([start.date])]);
	}
	if (end.kind === 'date') {
		const until = qualified(end.date, options);
		if (start.kind === 'open') return withNotes(`until ${until}`, uncertainty([end.date]));
		return withNotes(`until ${until}`, ['start date not reported', ...uncertainty([end.date])]);
	}
	return 'date not reported';
}

/** "18 March" … "17 April 2025": the start drops what it shares with the end. */
function compactPair(start: DatePoint, end: DatePoint, options: WhenFormatOptions): [string, string] {
	const to = qualified(end, options);
	const sameYear = format(start.earliestMs, 'yyyy', { in: tz('UTC') }) === format(end.earliestMs, 'yyyy', { in: tz('UTC') });
	if (sameYear && start.precision === 'day' && end.precision === 'day') {
		const locale = options.locale ?? enGB;
		const sameMonth = format(start.earliestMs, 'MM', { in: tz('UTC') }) === format(end.earliestMs, 'MM', { in: tz('UTC') });
		const text = format(start.earliestMs, sameMonth ? 'd' : 'd MMMM', { in: tz('UTC'), locale });
		return [start.approximate ? `about ${text}` : text, to];
	}
	if (sameYear && start.precision === 'month' && end.precision === 'month') {
		const text = format(start.earliestMs, 'MMMM', { in: tz('UTC'), locale: options.locale ?? enGB });
		return [start.approximate ? `about ${text}` : text, to];
	}
	return [qualified(start, options), to];
}

/** "30 days" between two calendar days: the count of days from the start to the end. */
function durationInWords(start: DatePoint, end: DatePoint): string | undefined {
	if (start.precision !== 'day' || end.precision !== 'day') return undefined;
	const days = differenceInCalendarDays(end.earliestMs, start.earliestMs, { in: tz('UTC') });
	if (days <= 0) return undefined;
	const about = start.approximate || end.approximate ? 'about ' : '';
	return `${about}${days} day${days === 1 ? '' : 's'}`;
}

function withNotes(text: string, notes: string[]): string {
	return notes.length === 0 ? text : `${text} (${notes.join(', ')})`;
}

const PRECISION_WORDS: Record<Precision, string> = {
	millennium: 'known to the millennium',
	century: 'known to the century',
	decade: 'known to the decade',
	year: 'known to the year',
	season: 'known to the season',
	month: 'known to the month',
	day: 'known to the day',
	minute: 'known to the minute',
	second: 'known to the second',
	millisecond: 'known to the millisecond'
};

export function describePrecision(precision: Precision): string {
	return PRECISION_WORDS[precision];
}

/** The span of a whole timeline in days: "18 March – 17 April 2025". */
export function describeSpan(span: { earliestMs: number; latestMs: number }, options: WhenFormatOptions = {}): string {
	const locale = options.locale ?? enGB;
	const utc = { in: tz('UTC'), locale };
	const from = format(span.earliestMs, 'd MMMM yyyy', utc);
	const to = format(span.latestMs, 'd MMMM yyyy', utc);
	if (from === to) return from;
	const sameYear = format(span.earliestMs, 'yyyy', utc) === format(span.latestMs, 'yyyy', utc);
	const sameMonth = sameYear && format(span.earliestMs, 'MM', utc) === format(span.latestMs, 'MM', utc);
	if (sameMonth) return `${format(span.earliestMs, 'd', utc)}–${to}`;
	return `${sameYear ? format(span.earliestMs, 'd MMMM', utc) : from} – ${to}`;
}
