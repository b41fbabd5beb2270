/**
 * Dates in words: "19 March 2025", "from 18 March to 17 April 2025 (30 days)",
 * "on or after 18 March 2025 (exact date not reported)"; in Russian "с 18 марта по 17 апреля
 * 2025 (30 дней)", in Ukrainian "з 18 березня до 17 квітня 2025 (30 днів)".
 *
 * The words say exactly what the data says: the precision (a day, a month, a year), the
 * uncertainty ("uncertain", "about") and what is not known ("start date not reported").
 * Calendar dates are formatted as calendar dates (UTC, where the model stores them); only
 * dates with a time of day are shown in the timeline's time zone.
 *
 * Month and weekday names come from the date-fns locale; the phrases around them come from
 * the translator (src/lib/i18n), which also says which grammatical case each phrase puts its
 * date in: Russian and Ukrainian write "март 2025" alone but "с марта 2025", and date-fns gives
 * the genitive for MMMM ("марта") and the nominative for LLLL ("март").
 */
import { tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { differenceInCalendarDays, format, type Locale } from 'date-fns';
import type { DateCase, Season } from '../i18n/grammar';
import { english, type Translator } from '../i18n/translator';
import type { DatePoint, Endpoint, Precision, When } from '../model/dates';
import { YEAR_DIVISIONS } from '../model/seasons';
import { formatCalendar, utcYearOf } from './calendar';

export interface WhenFormatOptions {
	/** The timeline's zone, used for dates with a time of day. */
	timeZone?: string;
	/** The language of the words (English by default). */
	t?: Translator;
	/**
	 * Overrides the date-fns locale of `t` for month and weekday names only; the phrases stay in
	 * the language of `t`. Kept for callers that predate `t`; pass `t` instead.
	 */
	locale?: Locale;
}

/**
 * The date-fns options for calendar dates: UTC, in the language asked for. UTCDate reads the
 * Date's own UTC fields; a TZDate asks Intl for the offset of every date it makes, which at
 * thousands of labels per zoom frame cost more than the drawing.
 */
function utcIn(options: WhenFormatOptions) {
	return { in: utc, locale: dateLocaleOf(options) };
}

function dateLocaleOf(options: WhenFormatOptions): Locale {
	return options.locale ?? (options.t ?? english).dateLocale;
}

/** One date in words at its own precision, without qualifiers, as it reads on its own. */
export function formatDatePoint(date: DatePoint, options: WhenFormatOptions = {}): string {
	return formatDatePointIn(date, options, 'nominative');
}

/** One date in the grammatical case the phrase around it needs ("с марта 2025", "по май 2025"). */
function formatDatePointIn(date: DatePoint, options: WhenFormatOptions, dateCase: DateCase): string {
	const t = options.t ?? english;
	const inUtc = utcIn(options);
	const ms = date.earliestMs;
	switch (date.precision) {
		case 'millennium':
		case 'century':
		case 'decade':
			return t.when.decade(formatCalendar(ms, 'yyyy', inUtc), dateCase);
		case 'year':
			return formatCalendar(ms, 'yyyy', inUtc);
		case 'season': {
			const code = Number(/-(\d\d)$/.exec(date.edtf.replace(/[?~%]/g, ''))?.[1]);
			// 21–32 are seasons, of either hemisphere; a winter is named by the year it starts in.
			const season: Season | undefined = YEAR_DIVISIONS[code]?.season;
			return `${season ? t.when.seasons[season][dateCase] : t.when.season} ${formatCalendar(ms, 'yyyy', inUtc)}`;
		}
		case 'month':
			// MMMM is the formatting (genitive) form in Russian and Ukrainian, LLLL the standalone one.
			return formatCalendar(ms, dateCase === 'genitive' ? 'MMMM yyyy' : 'LLLL yyyy', inUtc);
		case 'day':
			return formatCalendar(ms, 'd MMMM yyyy', inUtc);
		default:
			return formatTime(ms, date.precision, options.timeZone ?? 'UTC', dateLocaleOf(options));
	}
}

function formatTime(ms: number, precision: Precision, timeZone: string, locale: Locale): string {
	const pattern = precision === 'minute' ? 'd MMMM yyyy, HH:mm' : precision === 'second' ? 'd MMMM yyyy, HH:mm:ss' : 'd MMMM yyyy, HH:mm:ss.SSS';
	const zoned = { in: timeZone === 'UTC' ? utc : tz(timeZone), locale };
	return `${formatCalendar(ms, pattern, zoned)} ${timeZone === 'UTC' ? 'UTC' : format(ms, 'zzz', zoned)}`;
}

function qualified(date: DatePoint, options: WhenFormatOptions, dateCase: DateCase): string {
	const text = formatDatePointIn(date, options, dateCase);
	return date.approximate ? (options.t ?? english).when.about(text) : text;
}

function uncertainty(dates: DatePoint[], t: Translator): string[] {
	return dates.some((d) => d.uncertain) ? [t.when.dateUncertain] : [];
}

/** The whole date of an event in words, with what is uncertain or not reported in brackets. */
export function describeWhen(when: When, options: WhenFormatOptions = {}): string {
	const t = options.t ?? english;
	switch (when.kind) {
		case 'point':
			return withNotes(qualified(when.date, options, 'nominative'), uncertainty([when.date], t));
		case 'bounded': {
			const bound = when.notBefore ?? when.notAfter;
			if (!bound) return t.when.dateNotReported;
			const date = qualified(bound, options, t.when.cases.bound);
			const words = when.notBefore ? t.when.onOrAfter(date) : t.when.onOrBefore(date);
			return withNotes(words, [t.when.exactDateNotReported, ...uncertainty([bound], t)]);
		}
		case 'range':
			return describeRange(when.start, when.end, options, t);
	}
}

function describeRange(start: Endpoint, end: Endpoint, options: WhenFormatOptions, t: Translator): string {
	if (start.kind === 'date' && end.kind === 'date') {
		const [from, to] = compactPair(start.date, end.date, options, t);
		const length = durationInWords(start.date, end.date, t);
		return withNotes(t.when.fromTo(from, to), [...(length ? [length] : []), ...uncertainty([start.date, end.date], t)]);
	}
	if (start.kind === 'date') {
		const from = qualified(start.date, options, t.when.cases.from);
		if (end.kind === 'open') return withNotes(t.when.fromOngoing(from), uncertainty([start.date], t));
		return withNotes(t.when.from(from), [t.when.endDateNotReported, ...uncertainty([start.date], t)]);
	}
	if (end.kind === 'date') {
		const until = qualified(end.date, options, t.when.cases.until);
		if (start.kind === 'open') return withNotes(t.when.until(until), uncertainty([end.date], t));
		return withNotes(t.when.until(until), [t.when.startDateNotReported, ...uncertainty([end.date], t)]);
	}
	return t.when.dateNotReported;
}

/** "18 March" … "17 April 2025": the start drops what it shares with the end. */
function compactPair(start: DatePoint, end: DatePoint, options: WhenFormatOptions, t: Translator): [string, string] {
	const to = qualified(end, options, t.when.cases.to);
	const inUtc = utcIn(options);
	const about = (text: string) => (start.approximate ? t.when.about(text) : text);
	const sameYear = utcYearOf(start.earliestMs) === utcYearOf(end.earliestMs);
	if (sameYear && start.precision === 'day' && end.precision === 'day') {
		const sameMonth = format(start.earliestMs, 'MM', inUtc) === format(end.earliestMs, 'MM', inUtc);
		return [about(format(start.earliestMs, sameMonth ? 'd' : 'd MMMM', inUtc)), to];
	}
	if (sameYear && start.precision === 'month' && end.precision === 'month') {
		return [about(format(start.earliestMs, t.when.cases.from === 'genitive' ? 'MMMM' : 'LLLL', inUtc)), to];
	}
	return [qualified(start, options, t.when.cases.from), to];
}

/** "30 days" between two calendar days: the count of days from the start to the end. */
function durationInWords(start: DatePoint, end: DatePoint, t: Translator): string | undefined {
	if (start.precision !== 'day' || end.precision !== 'day') return undefined;
	const days = differenceInCalendarDays(end.earliestMs, start.earliestMs, { in: utc });
	if (days <= 0) return undefined;
	const words = t.when.days(days);
	return start.approximate || end.approximate ? t.when.about(words) : words;
}

function withNotes(text: string, notes: string[]): string {
	return notes.length === 0 ? text : `${text} (${notes.join(', ')})`;
}

/** "known to the day", "с точностью до дня". */
export function describePrecision(precision: Precision, t: Translator = english): string {
	return t.precision[precision];
}

/** The span of a whole timeline in days: "18 March – 17 April 2025", "18–19 марта 2025". */
export function describeSpan(span: { earliestMs: number; latestMs: number }, options: WhenFormatOptions = {}): string {
	const inUtc = utcIn(options);
	const from = formatCalendar(span.earliestMs, 'd MMMM yyyy', inUtc);
	const to = formatCalendar(span.latestMs, 'd MMMM yyyy', inUtc);
	if (from === to) return from;
	const sameYear = utcYearOf(span.earliestMs) === utcYearOf(span.latestMs);
	const sameMonth = sameYear && format(span.earliestMs, 'MM', inUtc) === format(span.latestMs, 'MM', inUtc);
	if (sameMonth) return `${format(span.earliestMs, 'd', inUtc)}–${to}`;
	return `${sameYear ? format(span.earliestMs, 'd MMMM', inUtc) : from} – ${to}`;
}
