/**
 * Axis ticks that adapt to the zoom: the finest calendar unit that leaves room for its
 * labels, plus a coarser tier of context labels ("March 2025" above day ticks).
 *
 * Ticks fall on the calendar of the timeline's time zone, where its times are shown: on a
 * Europe/Moscow timeline the day starts at 21:00 UTC and an event at 13:00 Moscow time sits
 * under the "13:00" tick. d3-time's UTC intervals are run over the zone's wall clock (an instant
 * plus the zone's offset), and each wall-clock tick is turned back into the instants that show
 * it: none in the hour a spring-forward skips (02:00 in New York on 9 March 2025), two in the
 * hour a fall-back repeats, the second labelled with its offset ("01:00 GMT-5").
 *
 * Labels are formatted with date-fns in the reader's language. A month standing alone uses the
 * standalone form (LLL, LLLL: "март 2025"), a month after a day the formatting form (d MMM:
 * "3 мая"), as Russian and Ukrainian require.
 */
import { tzOffset } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import {
	utcDay,
	utcHour,
	utcMinute,
	utcMonday,
	utcMonth,
	utcYear,
	type CountableTimeInterval,
	type TimeInterval
} from 'd3-time';
import { formatCalendar } from '../format/calendar';
import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '../model/utc-instant';
import { DAY_MS, HOUR_MS, YEAR_MS } from './time-scale';

export interface Tick {
	ms: number;
	label: string;
}

export interface AxisTicks {
	/** The name of the tick unit, for tests and styling: 'hour', 'day', 'month', 'year'… */
	unit: string;
	ticks: Tick[];
	/** Coarser labels; the first one is pinned to the window's start so context is never lost. */
	context: Tick[];
}

/**
 * How a language abbreviates a weekday and sets it off from the date. Russian and Ukrainian
 * use the dictionary abbreviations "пн, ср" (date-fns's EEE gives "пнд, срд" and "пон, сер")
 * and a comma after a weekday ("среда, 19 марта 2025"); English writes "Wed 19 March 2025".
 */
interface WeekdayStyle {
	short: string;
	comma: string;
}
const DEFAULT_WEEKDAY: WeekdayStyle = { short: 'EEE', comma: '' };
const WEEKDAY_STYLES: Record<string, WeekdayStyle> = {
	ru: { short: 'EEEEEE', comma: ',' },
	uk: { short: 'EEEEEE', comma: ',' }
};

/** A date-fns pattern, or one that depends on how the language writes weekdays. */
type Pattern = string | ((w: WeekdayStyle) => string);

interface TickLevel {
	unit: string;
	approxMs: number;
	interval: TimeInterval;
	pattern: Pattern;
	/** Minimum room a label needs, in px. */
	labelPx: number;
	context?: { interval: CountableTimeInterval; pattern: Pattern };
}

const fullDay: Pattern = (w) => `EEEE${w.comma} d MMMM yyyy`;
const shortDay: Pattern = (w) => `${w.short}${w.comma} d MMMM yyyy`;
const shortDayShortMonth: Pattern = (w) => `${w.short}${w.comma} d MMM yyyy`;

const every = (interval: CountableTimeInterval, step: number): TimeInterval => interval.every(step) as TimeInterval;

/**
 * Every other day (1, 3, 5…), restarting each month. An odd last day (31, or 29 February) is
 * skipped: it would sit one day before the next 1st, half the spacing this level is chosen for.
 */
const oddDays = utcDay.filter((d) => d.getUTCDate() % 2 === 1 && utcDay.offset(d, 1).getUTCDate() !== 1);

const LEVELS: TickLevel[] = [
	{ unit: 'minute', approxMs: 15 * 60_000, interval: every(utcMinute, 15), pattern: 'HH:mm', labelPx: 48, context: { interval: utcDay, pattern: fullDay } },
	{ unit: 'hour', approxMs: HOUR_MS, interval: utcHour, pattern: 'HH:mm', labelPx: 48, context: { interval: utcDay, pattern: fullDay } },
	{ unit: 'hour', approxMs: 3 * HOUR_MS, interval: every(utcHour, 3), pattern: 'HH:mm', labelPx: 48, context: { interval: utcDay, pattern: fullDay } },
	{ unit: 'hour', approxMs: 6 * HOUR_MS, interval: every(utcHour, 6), pattern: 'HH:mm', labelPx: 48, context: { interval: utcDay, pattern: shortDay } },
	{ unit: 'hour', approxMs: 12 * HOUR_MS, interval: every(utcHour, 12), pattern: 'HH:mm', labelPx: 48, context: { interval: utcDay, pattern: shortDayShortMonth } },
	{ unit: 'day', approxMs: DAY_MS, interval: utcDay, pattern: (w) => `${w.short} d`, labelPx: 52, context: { interval: utcMonth, pattern: 'LLLL yyyy' } },
	{ unit: 'day', approxMs: 2 * DAY_MS, interval: oddDays, pattern: 'd', labelPx: 30, context: { interval: utcMonth, pattern: 'LLLL yyyy' } },
	{ unit: 'week', approxMs: 7 * DAY_MS, interval: utcMonday, pattern: 'd MMM', labelPx: 52, context: { interval: utcMonth, pattern: 'LLLL yyyy' } },
	{ unit: 'month', approxMs: 30 * DAY_MS, interval: utcMonth, pattern: 'LLL', labelPx: 40, context: { interval: utcYear, pattern: 'yyyy' } },
	{ unit: 'month', approxMs: 91 * DAY_MS, interval: every(utcMonth, 3), pattern: 'LLL', labelPx: 40, context: { interval: utcYear, pattern: 'yyyy' } },
	{ unit: 'year', approxMs: YEAR_MS, interval: utcYear, pattern: 'yyyy', labelPx: 44 },
	{ unit: 'year', approxMs: 2 * YEAR_MS, interval: every(utcYear, 2), pattern: 'yyyy', labelPx: 44 },
	{ unit: 'year', approxMs: 5 * YEAR_MS, interval: every(utcYear, 5), pattern: 'yyyy', labelPx: 44 },
	{ unit: 'year', approxMs: 10 * YEAR_MS, interval: every(utcYear, 10), pattern: 'yyyy', labelPx: 44 },
	{ unit: 'year', approxMs: 25 * YEAR_MS, interval: every(utcYear, 25), pattern: 'yyyy', labelPx: 44 },
	{ unit: 'year', approxMs: 50 * YEAR_MS, interval: every(utcYear, 50), pattern: 'yyyy', labelPx: 44 },
	{ unit: 'year', approxMs: 100 * YEAR_MS, interval: every(utcYear, 100), pattern: 'yyyy', labelPx: 44 },
	// Long timelines (history, archaeology): BC years carry their era, so labels are wider.
	...[250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000].map((years) => ({
		unit: 'year' as const,
		approxMs: years * YEAR_MS,
		interval: every(utcYear, years),
		pattern: 'yyyy',
		labelPx: 72
	}))
];

/**
 * One time zone's wall clock, as instants: `toWall` reads the clock at an instant (as if the
 * clock's reading were UTC), `fromWall` lists the instants at which the clock shows a reading.
 */
interface WallClock {
	toWall(ms: number): number;
	fromWall(wallMs: number): number[];
	/** "GMT-5", "GMT+5:30": the offset at an instant, to tell a repeated hour from the first. */
	offsetLabel(ms: number): string;
}

const clampInstant = (ms: number) => Math.min(Math.max(ms, MIN_INSTANT_MS), MAX_INSTANT_MS);

const UTC_CLOCK: WallClock = { toWall: (ms) => ms, fromWall: (wallMs) => [wallMs], offsetLabel: () => 'GMT' };

function wallClock(timeZone: string): WallClock {
	if (timeZone === 'UTC') return UTC_CLOCK;
	const offsetMs = (ms: number) => tzOffset(timeZone, new Date(clampInstant(ms))) * 60_000;
	const toWall = (ms: number) => ms + offsetMs(ms);
	return {
		toWall,
		fromWall(wallMs) {
			// The offsets a day either side bracket any change of offset near this reading.
			const before = wallMs - offsetMs(wallMs - DAY_MS);
			const after = wallMs - offsetMs(wallMs + DAY_MS);
			return [...new Set([before, after])].filter((ms) => toWall(ms) === wallMs).sort((a, b) => a - b);
		},
		offsetLabel(ms) {
			const minutes = offsetMs(ms) / 60_000;
			const abs = Math.abs(minutes);
			const rest = abs % 60;
			return `GMT${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
		}
	};
}

/**
 * The instant a wall-clock boundary (a midnight, the first of a month) stands for: the first one
 * that shows it, or, when the clocks skip it (a midnight some zones jump over), the instant they
 * jump at.
 */
function boundaryInstant(clock: WallClock, wallMs: number): number {
	const [first] = clock.fromWall(wallMs);
	if (first !== undefined) return first;
	// In the gap: move by the offset in force before it, which lands where the clocks jump.
	return wallMs - (clock.toWall(wallMs - DAY_MS) - (wallMs - DAY_MS));
}

/**
 * Chooses the tick level for a window and width, and lists the ticks and context labels, on the
 * calendar of `timeZone` (an IANA zone; UTC by default).
 */
export function axisTicks(fromMs: number, toMs: number, widthPx: number, locale: Locale = enGB, timeZone = 'UTC'): AxisTicks {
	const msPerPx = (toMs - fromMs) / Math.max(widthPx, 1);
	const level = LEVELS.find((l) => l.approxMs / msPerPx >= l.labelPx + 12) ?? (LEVELS[LEVELS.length - 1] as TickLevel);
	// Labels are formatted from the wall-clock reading, so they are read in UTC (UTCDate: no
	// Intl look-up per label, as a TZDate would make on every zoom frame).
	const options = { in: utc, locale };
	const weekday = WEEKDAY_STYLES[locale.code ?? ''] ?? DEFAULT_WEEKDAY;
	const resolve = (pattern: Pattern) => (typeof pattern === 'string' ? pattern : pattern(weekday));
	const clock = wallClock(timeZone);
	const label = (ms: number, pattern: string) => formatCalendar(clock.toWall(ms), pattern, options);
	const wallFrom = new Date(clampInstant(clock.toWall(fromMs)));
	const wallTo = new Date(clampInstant(clock.toWall(toMs)));
	const inWindow = (ms: number) => ms >= fromMs && ms < toMs;

	const tickPattern = resolve(level.pattern);
	const ticks: Tick[] = [];
	for (const wall of level.interval.range(wallFrom, wallTo)) {
		if (level.approxMs >= DAY_MS) {
			const ms = boundaryInstant(clock, +wall);
			if (inWindow(ms)) ticks.push({ ms, label: label(ms, tickPattern) });
			continue;
		}
		// A clock time the clocks skip has no tick; one they repeat has two.
		for (const [i, ms] of clock.fromWall(+wall).entries()) {
			if (!inWindow(ms)) continue;
			const text = label(ms, tickPattern);
			ticks.push({ ms, label: i === 0 ? text : `${text} ${clock.offsetLabel(ms)}` });
		}
	}

	const context: Tick[] = [];
	if (level.context) {
		const { interval } = level.context;
		const pattern = resolve(level.context.pattern);
		const first = interval.floor(wallFrom);
		context.push({ ms: fromMs, label: formatCalendar(+first, pattern, options) });
		for (const wall of interval.range(interval.offset(first, 1), wallTo)) {
			const ms = boundaryInstant(clock, +wall);
			if (inWindow(ms)) context.push({ ms, label: label(ms, pattern) });
		}
	}
	return { unit: level.unit, ticks, context };
}
