import { describe, expect, it } from 'vitest';
import { ru, uk } from 'date-fns/locale';
import { axisTicks, type AxisTicks } from './ticks';
import { DAY_MS, HOUR_MS, MAX_VIEW_MS, MIN_VIEW_MS, YEAR_MS } from './time-scale';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const iso = (ms: number) => new Date(ms).toISOString();
const labelled = (ticks: AxisTicks['ticks']) => ticks.map((t) => `${iso(t.ms)} ${t.label}`);

/** Smallest distance between neighbouring ticks, px. */
function minSpacingPx(axis: AxisTicks, fromMs: number, toMs: number, widthPx: number): number {
	const msPerPx = (toMs - fromMs) / widthPx;
	let min = Infinity;
	for (let i = 1; i < axis.ticks.length; i++) {
		min = Math.min(min, ((axis.ticks[i]?.ms as number) - (axis.ticks[i - 1]?.ms as number)) / msPerPx);
	}
	return min;
}

describe('axisTicks: the level follows the zoom', () => {
	it('two days over 1000 px: 3-hour ticks, full weekday and date above', () => {
		const from = utc(2025, 3, 17);
		const to = utc(2025, 3, 19);
		const axis = axisTicks(from, to, 1000);
		expect(axis.unit).toBe('hour');
		// 3 h is 62.5 px here: every third hour, from 00:00 on the 17th to 21:00 on the 18th (the end is excluded).
		expect(axis.ticks).toHaveLength(16);
		expect(axis.ticks.slice(0, 3).map((t) => [iso(t.ms), t.label])).toEqual([
			['2025-03-17T00:00:00.000Z', '00:00'],
			['2025-03-17T03:00:00.000Z', '03:00'],
			['2025-03-17T06:00:00.000Z', '06:00']
		]);
		expect(axis.ticks.at(-1)).toEqual({ ms: utc(2025, 3, 18, 21), label: '21:00' });
		expect(labelled(axis.context)).toEqual(['2025-03-17T00:00:00.000Z Monday 17 March 2025', '2025-03-18T00:00:00.000Z Tuesday 18 March 2025']);
	});

	it('three days over 1000 px: 6-hour ticks, day context labels', () => {
		const from = utc(2025, 3, 17);
		const to = utc(2025, 3, 20);
		const axis = axisTicks(from, to, 1000);
		expect(axis.unit).toBe('hour');
		expect(axis.ticks.map((t) => t.label)).toEqual(Array.from({ length: 3 }, () => ['00:00', '06:00', '12:00', '18:00']).flat());
		expect(axis.ticks.map((t) => t.ms)).toEqual(Array.from({ length: 12 }, (_, i) => from + i * 6 * HOUR_MS));
		expect(labelled(axis.context)).toEqual([
			'2025-03-17T00:00:00.000Z Mon 17 March 2025',
			'2025-03-18T00:00:00.000Z Tue 18 March 2025',
			'2025-03-19T00:00:00.000Z Wed 19 March 2025'
		]);
	});

	it('an hour over 1000 px: 15-minute ticks', () => {
		const axis = axisTicks(utc(2025, 3, 18, 14), utc(2025, 3, 18, 15), 1000);
		expect(axis.unit).toBe('minute');
		expect(axis.ticks.map((t) => t.label)).toEqual(['14:00', '14:15', '14:30', '14:45']);
		expect(axis.context.map((c) => c.label)).toEqual(['Tuesday 18 March 2025']);
	});

	it('forty days over 1000 px: every other day, month context', () => {
		const from = utc(2025, 3, 10);
		const to = utc(2025, 4, 19);
		const axis = axisTicks(from, to, 1000);
		expect(axis.unit).toBe('day');
		// A day is 25 px: too tight for every day, so odd days; "31" would sit one day before "1", so it is left out.
		expect(axis.ticks.map((t) => t.label)).toEqual(['11', '13', '15', '17', '19', '21', '23', '25', '27', '29', '1', '3', '5', '7', '9', '11', '13', '15', '17']);
		expect(axis.ticks[10]).toEqual({ ms: utc(2025, 4, 1), label: '1' });
		expect(labelled(axis.context)).toEqual(['2025-03-10T00:00:00.000Z March 2025', '2025-04-01T00:00:00.000Z April 2025']);
	});

	it('ten days over 1000 px: every day, with its weekday', () => {
		const axis = axisTicks(utc(2025, 3, 15), utc(2025, 3, 25), 1000);
		expect(axis.unit).toBe('day');
		expect(axis.ticks.slice(0, 4).map((t) => t.label)).toEqual(['Sat 15', 'Sun 16', 'Mon 17', 'Tue 18']);
		expect(axis.ticks).toHaveLength(10);
		expect(axis.context.map((c) => c.label)).toEqual(['March 2025']);
	});

	it('a hundred days over 1000 px: Monday weeks, month context', () => {
		const axis = axisTicks(utc(2025, 3, 1), utc(2025, 3, 1) + 100 * DAY_MS, 1000);
		expect(axis.unit).toBe('week');
		// 1 March 2025 is a Saturday: the first Monday is the 3rd.
		expect(axis.ticks.slice(0, 3).map((t) => t.label)).toEqual(['3 Mar', '10 Mar', '17 Mar']);
		expect(axis.ticks.every((t) => new Date(t.ms).getUTCDay() === 1)).toBe(true);
		expect(axis.context.map((c) => c.label)).toEqual(['March 2025', 'April 2025', 'May 2025', 'June 2025']);
	});

	it('two years over 1000 px: quarters, year context', () => {
		const axis = axisTicks(utc(2024, 1, 1), utc(2026, 1, 1), 1000);
		expect(axis.unit).toBe('month');
		expect(labelled(axis.ticks)).toEqual([
			'2024-01-01T00:00:00.000Z Jan',
			'2024-04-01T00:00:00.000Z Apr',
			'2024-07-01T00:00:00.000Z Jul',
			'2024-10-01T00:00:00.000Z Oct',
			'2025-01-01T00:00:00.000Z Jan',
			'2025-04-01T00:00:00.000Z Apr',
			'2025-07-01T00:00:00.000Z Jul',
			'2025-10-01T00:00:00.000Z Oct'
		]);
		expect(labelled(axis.context)).toEqual(['2024-01-01T00:00:00.000Z 2024', '2025-01-01T00:00:00.000Z 2025']);
	});

	it('two years over 2000 px: every month', () => {
		const axis = axisTicks(utc(2024, 1, 1), utc(2026, 1, 1), 2000);
		expect(axis.unit).toBe('month');
		expect(axis.ticks).toHaveLength(24);
		expect(axis.ticks.slice(0, 3).map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar']);
	});

	it('sixty years over 1000 px: every fifth year, no context', () => {
		const axis = axisTicks(utc(1970, 1, 1), utc(2030, 1, 1), 1000);
		expect(axis.unit).toBe('year');
		expect(axis.ticks.map((t) => t.label)).toEqual(['1970', '1975', '1980', '1985', '1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
		expect(axis.ticks.every((t) => new Date(t.ms).getUTCMonth() === 0 && new Date(t.ms).getUTCDate() === 1)).toBe(true);
		expect(axis.context).toEqual([]);
	});

	it('zooming out never picks a finer unit', () => {
		const order = ['minute', 'hour', 'day', 'week', 'month', 'year'];
		let previous = 0;
		for (let widthMs = MIN_VIEW_MS; widthMs <= MAX_VIEW_MS; widthMs *= 1.25) {
			const from = utc(2025, 3, 18, 7);
			const rank = order.indexOf(axisTicks(from, from + widthMs, 1000).unit);
			expect(rank, `${widthMs / DAY_MS} days`).toBeGreaterThanOrEqual(previous);
			previous = rank;
		}
		expect(previous).toBe(order.indexOf('year'));
	});
});

describe('axisTicks: labels have room', () => {
	/**
	 * The room each level's labels need, px (as ticks.ts sizes them). Day ticks come in two forms:
	 * "Tue 18" (52 px) and, when days are tighter, every other day as "19" (30 px).
	 */
	const roomPx = (unit: string, label: string): number =>
		({ minute: 48, hour: 48, week: 52, month: 40, year: 44 })[unit] ?? (unit === 'day' ? (/\D/.test(label) ? 52 : 30) : NaN);

	// Starts chosen to cross month ends, February in a leap year, year ends and DST dates elsewhere in the world.
	const starts = [utc(2025, 3, 18, 6), utc(2025, 1, 27, 5), utc(2024, 2, 20), utc(2023, 12, 29, 23, 30), utc(2025, 10, 25, 22), utc(1999, 6, 30)];
	const widthsPx = [360, 640, 1000, 1600];
	const cases: Array<{ from: number; to: number; widthPx: number }> = [];
	for (const from of starts) {
		for (const widthPx of widthsPx) {
			for (let widthMs = MIN_VIEW_MS; widthMs <= MAX_VIEW_MS; widthMs *= 1.5) cases.push({ from, to: from + widthMs, widthPx });
		}
	}

	it(`never puts neighbouring ticks closer than their labels need (${cases.length} views)`, () => {
		const tooClose: string[] = [];
		for (const { from, to, widthPx } of cases) {
			const axis = axisTicks(from, to, widthPx);
			if (axis.ticks.length < 2) continue;
			const room = roomPx(axis.unit, axis.ticks[0]?.label as string);
			const spacing = minSpacingPx(axis, from, to, widthPx);
			if (!(spacing >= room)) tooClose.push(`${iso(from)} + ${((to - from) / DAY_MS).toFixed(2)} d over ${widthPx}px: ${axis.unit} ticks ${spacing.toFixed(1)}px apart, need ${room}`);
		}
		expect(tooClose).toEqual([]);
	});

	it('keeps every other day clear of the month end, in every month of a leap year and a common one', () => {
		for (const year of [2024, 2025]) {
			const from = utc(year, 1, 1);
			const to = utc(year + 1, 1, 1);
			// Wide enough that the 2-day level is chosen for the whole year.
			const widthPx = ((to - from) / (2 * DAY_MS)) * 45;
			const axis = axisTicks(from, to, widthPx);
			expect(axis.unit).toBe('day');
			expect(axis.ticks[0]?.label).toBe('1');
			const gapsDays = axis.ticks.slice(1).map((t, i) => (t.ms - (axis.ticks[i]?.ms as number)) / DAY_MS);
			expect(Math.min(...gapsDays), String(year)).toBeGreaterThanOrEqual(2);
			expect(Math.max(...gapsDays), String(year)).toBeLessThanOrEqual(3);
			// Every 1st is a tick, so each month starts on a label.
			expect(axis.ticks.filter((t) => t.label === '1')).toHaveLength(12);
		}
	});

	it('lists only ticks inside the window', () => {
		for (const { from, to, widthPx } of cases.filter((_, i) => i % 7 === 0)) {
			const axis = axisTicks(from, to, widthPx);
			expect(axis.ticks.every((t) => t.ms >= from && t.ms < to)).toBe(true);
			expect(axis.ticks.map((t) => t.ms)).toEqual([...new Set(axis.ticks.map((t) => t.ms))].sort((a, b) => a - b));
		}
	});
});

describe('axisTicks: context labels', () => {
	it('pins the first context label at the window start, named for the period it is in', () => {
		const from = utc(2025, 3, 17, 9, 30);
		const to = from + 3 * DAY_MS;
		const axis = axisTicks(from, to, 1000);
		expect(axis.context[0]).toEqual({ ms: from, label: 'Mon 17 March 2025' });
		// Then one at each following midnight, up to the end.
		expect(labelled(axis.context.slice(1))).toEqual([
			'2025-03-18T00:00:00.000Z Tue 18 March 2025',
			'2025-03-19T00:00:00.000Z Wed 19 March 2025',
			'2025-03-20T00:00:00.000Z Thu 20 March 2025'
		]);
	});

	it('pins the month when the window starts mid-month', () => {
		const from = utc(2025, 2, 20);
		const axis = axisTicks(from, from + 40 * DAY_MS, 1000);
		expect(axis.context.map((c) => [iso(c.ms), c.label])).toEqual([
			[iso(from), 'February 2025'],
			['2025-03-01T00:00:00.000Z', 'March 2025']
		]);
	});

	it('does not repeat the first label when the window starts on a boundary', () => {
		const axis = axisTicks(utc(2024, 1, 1), utc(2026, 1, 1), 1000);
		expect(axis.context.map((c) => c.label)).toEqual(['2024', '2025']);
	});

	it('formats in UTC whatever the process time zone', () => {
		// Midnight UTC is still the evening before in New York: the labels must not follow the machine.
		const axis = axisTicks(utc(2025, 3, 18), utc(2025, 3, 18) + YEAR_MS / 365, 1000);
		expect(axis.context[0]?.label).toBe('Tuesday 18 March 2025');
		expect(axis.ticks[0]?.label).toBe('00:00');
	});
});

describe('axisTicks: in Ukrainian and Russian', () => {
	// A month alone is in the nominative ("березень", "май"), after a day in the genitive
	// ("3 травня", "3 мая"); weekdays use the dictionary abbreviations ("пн", "ср") and a comma.
	const views: Array<{ name: string; from: number; to: number; widthPx: number; unit: string; uk: [string[], string[]]; ru: [string[], string[]] }> = [
		{
			name: 'an hour: 15-minute ticks under the full weekday and date',
			from: utc(2025, 3, 18, 14),
			to: utc(2025, 3, 18, 15),
			widthPx: 1000,
			unit: 'minute',
			uk: [['14:00', '14:15', '14:30', '14:45'], ['вівторок, 18 березня 2025']],
			ru: [['14:00', '14:15', '14:30', '14:45'], ['вторник, 18 марта 2025']]
		},
		{
			name: 'three days: 6-hour ticks under the short weekday',
			from: utc(2025, 3, 17),
			to: utc(2025, 3, 20),
			widthPx: 1000,
			unit: 'hour',
			uk: [['00:00', '06:00'], ['пн, 17 березня 2025', 'вт, 18 березня 2025', 'ср, 19 березня 2025']],
			ru: [['00:00', '06:00'], ['пн, 17 марта 2025', 'вт, 18 марта 2025', 'ср, 19 марта 2025']]
		},
		{
			name: 'a week: 12-hour ticks under the short month',
			from: utc(2025, 5, 1),
			to: utc(2025, 5, 8),
			widthPx: 1000,
			unit: 'hour',
			uk: [['00:00', '12:00'], ['чт, 1 трав. 2025', 'пт, 2 трав. 2025', 'сб, 3 трав. 2025', 'нд, 4 трав. 2025', 'пн, 5 трав. 2025', 'вт, 6 трав. 2025', 'ср, 7 трав. 2025']],
			ru: [['00:00', '12:00'], ['чт, 1 мая 2025', 'пт, 2 мая 2025', 'сб, 3 мая 2025', 'вс, 4 мая 2025', 'пн, 5 мая 2025', 'вт, 6 мая 2025', 'ср, 7 мая 2025']]
		},
		{
			name: 'ten days: weekday and day, the month in the nominative above',
			from: utc(2025, 3, 15),
			to: utc(2025, 3, 25),
			widthPx: 1000,
			unit: 'day',
			uk: [['сб 15', 'нд 16', 'пн 17', 'вт 18'], ['березень 2025']],
			ru: [['сб 15', 'вс 16', 'пн 17', 'вт 18'], ['март 2025']]
		},
		{
			name: 'a hundred days: Monday weeks with the month in the genitive, months in the nominative above',
			from: utc(2025, 3, 1),
			to: utc(2025, 3, 1) + 100 * DAY_MS,
			widthPx: 1000,
			unit: 'week',
			uk: [['3 берез.', '10 берез.', '17 берез.'], ['березень 2025', 'квітень 2025', 'травень 2025', 'червень 2025']],
			ru: [['3 мар.', '10 мар.', '17 мар.'], ['март 2025', 'апрель 2025', 'май 2025', 'июнь 2025']]
		},
		{
			name: 'a year: every month, standalone',
			from: utc(2025, 1, 1),
			to: utc(2026, 1, 1),
			widthPx: 1000,
			unit: 'month',
			uk: [['січ.', 'лют.', 'берез.', 'квіт.', 'трав.', 'черв.'], ['2025']],
			ru: [['янв.', 'фев.', 'март', 'апр.', 'май', 'июнь'], ['2025']]
		}
	];

	const locales = [
		['uk', uk],
		['ru', ru]
	] as const;

	for (const [id, locale] of locales) {
		it.each(views)(`${id}: $name`, (view) => {
			const axis = axisTicks(view.from, view.to, view.widthPx, locale);
			const [ticks, context] = view[id];
			expect(axis.unit).toBe(view.unit);
			expect(axis.ticks.slice(0, ticks.length).map((t) => t.label)).toEqual(ticks);
			expect(axis.context.map((c) => c.label)).toEqual(context);
		});
	}

	it('places the ticks where it does in English: only the words change', () => {
		for (const view of views) {
			const english = axisTicks(view.from, view.to, view.widthPx);
			for (const [, locale] of locales) {
				const local = axisTicks(view.from, view.to, view.widthPx, locale);
				expect(local.ticks.map((t) => t.ms)).toEqual(english.ticks.map((t) => t.ms));
				expect(local.context.map((c) => c.ms)).toEqual(english.context.map((c) => c.ms));
			}
		}
	});
});

describe('axisTicks: in the timeline\'s time zone', () => {
	/** The wall clock of an instant in a zone, "2025-03-18 13:00", for reading a failure. */
	const wall = (ms: number, timeZone: string) =>
		new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

	it('Europe/Moscow: an event at 13:00 Moscow time sits under the "13:00" tick', () => {
		// 10:00 UTC is 13:00 in Moscow (UTC+3 all year).
		const event = utc(2025, 3, 18, 10);
		const axis = axisTicks(utc(2025, 3, 18, 6), utc(2025, 3, 18, 18), 1000, undefined, 'Europe/Moscow');
		expect(axis.unit).toBe('hour');
		expect(axis.ticks.find((t) => t.label === '13:00')?.ms).toBe(event);
		expect(axis.ticks.map((t) => t.label)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00', '19:00', '20:00']);
		expect(axis.context.map((c) => c.label)).toEqual(['Tuesday 18 March 2025']);
	});

	it('Europe/Moscow: days start at midnight Moscow time, 21:00 UTC the evening before', () => {
		const axis = axisTicks(utc(2025, 3, 10), utc(2025, 3, 20), 1000, undefined, 'Europe/Moscow');
		expect(axis.unit).toBe('day');
		expect(axis.ticks[0]).toEqual({ ms: utc(2025, 3, 10, 21), label: 'Tue 11' });
		for (const tick of axis.ticks) expect(wall(tick.ms, 'Europe/Moscow')).toMatch(/ 00:00$/);
	});

	it('Europe/Moscow: the day context above hour ticks changes at Moscow midnight', () => {
		const axis = axisTicks(utc(2025, 3, 18, 12), utc(2025, 3, 19, 6), 1000, undefined, 'Europe/Moscow');
		expect(labelled(axis.context)).toEqual(['2025-03-18T12:00:00.000Z Tuesday 18 March 2025', '2025-03-18T21:00:00.000Z Wednesday 19 March 2025']);
	});

	it('a year tick in New York is at midnight New York time and names the year that starts there', () => {
		const axis = axisTicks(utc(2020, 1, 1), utc(2030, 1, 1), 1000, undefined, 'America/New_York');
		expect(axis.ticks.find((t) => t.label === '2025')?.ms).toBe(utc(2025, 1, 1, 5));
	});

	it('Asia/Kolkata (UTC+5:30): three-hour ticks on its own hours', () => {
		const axis = axisTicks(utc(2025, 3, 17), utc(2025, 3, 19), 1000, undefined, 'Asia/Kolkata');
		expect(axis.ticks.slice(0, 3)).toEqual([
			{ ms: utc(2025, 3, 17, 0, 30), label: '06:00' },
			{ ms: utc(2025, 3, 17, 3, 30), label: '09:00' },
			{ ms: utc(2025, 3, 17, 6, 30), label: '12:00' }
		]);
	});

	describe('America/New_York across the changes of daylight saving time', () => {
		const zone = 'America/New_York';

		it('spring forward (9 March 2025): hour ticks on local hours; 02:00 does not exist, and nothing is missing', () => {
			// Midnight to 06:00 local: 05:00 to 10:00 UTC, five real hours.
			const axis = axisTicks(utc(2025, 3, 9, 5), utc(2025, 3, 9, 10), 1000, undefined, zone);
			expect(axis.unit).toBe('hour');
			expect(labelled(axis.ticks)).toEqual([
				'2025-03-09T05:00:00.000Z 00:00',
				'2025-03-09T06:00:00.000Z 01:00',
				'2025-03-09T07:00:00.000Z 03:00',
				'2025-03-09T08:00:00.000Z 04:00',
				'2025-03-09T09:00:00.000Z 05:00'
			]);
		});

		it('fall back (2 November 2025): the hour that happens twice has two ticks, the second marked with its offset', () => {
			// Midnight EDT (04:00 UTC) to 04:00 EST (09:00 UTC): five real hours, 01:00 twice.
			const axis = axisTicks(utc(2025, 11, 2, 4), utc(2025, 11, 2, 9), 1000, undefined, zone);
			expect(labelled(axis.ticks)).toEqual([
				'2025-11-02T04:00:00.000Z 00:00',
				'2025-11-02T05:00:00.000Z 01:00',
				'2025-11-02T06:00:00.000Z 01:00 GMT-5',
				'2025-11-02T07:00:00.000Z 02:00',
				'2025-11-02T08:00:00.000Z 03:00'
			]);
		});

		it('three-hour ticks across both changes stay on local hours 0, 3, 6…, with no label twice in a day', () => {
			for (const [from, to] of [
				[utc(2025, 3, 8, 5), utc(2025, 3, 10, 4)],
				[utc(2025, 11, 1, 4), utc(2025, 11, 3, 5)]
			] as const) {
				const axis = axisTicks(from, to, 1000, undefined, zone);
				expect(axis.ticks.length).toBeGreaterThan(10);
				for (const tick of axis.ticks) expect(Number(wall(tick.ms, zone).slice(11, 13)) % 3).toBe(0);
				const perDay = axis.ticks.map((t) => `${wall(t.ms, zone).slice(0, 10)} ${t.label}`);
				expect(new Set(perDay).size).toBe(perDay.length);
			}
		});

		it('day ticks at local midnight through March and November, each day once', () => {
			for (const [from, to, days] of [
				[utc(2025, 3, 1, 5), utc(2025, 3, 15, 4), 14],
				[utc(2025, 10, 26, 4), utc(2025, 11, 9, 5), 14]
			] as const) {
				const axis = axisTicks(from, to, 1000, undefined, zone);
				expect(axis.unit).toBe('day');
				expect(axis.ticks).toHaveLength(days);
				for (const tick of axis.ticks) expect(wall(tick.ms, zone)).toMatch(/ 00:00$/);
				const dates = axis.ticks.map((t) => wall(t.ms, zone).slice(0, 10));
				expect(new Set(dates).size).toBe(days);
				// Labels follow the local date: "Sun 9" is the 9th in New York.
				for (const [i, tick] of axis.ticks.entries()) expect(tick.label.split(' ')[1]).toBe(String(Number(dates[i]?.slice(8))));
			}
		});

		it('America/Santiago skips midnight (8 September 2024 starts at 01:00): that day\'s tick is where the day starts', () => {
			const axis = axisTicks(utc(2024, 9, 1), utc(2024, 9, 15), 1000, undefined, 'America/Santiago');
			const sunday = axis.ticks.find((t) => t.label === 'Sun 8');
			expect(sunday?.ms).toBe(utc(2024, 9, 8, 4));
			expect(wall(sunday?.ms as number, 'America/Santiago')).toBe('2024-09-08 01:00');
			expect(axis.ticks.map((t) => t.label.split(' ')[1])).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
		});

		it('leaves UTC timelines as they were', () => {
			const from = utc(2025, 3, 17);
			const to = utc(2025, 3, 19);
			expect(axisTicks(from, to, 1000, undefined, 'UTC')).toEqual(axisTicks(from, to, 1000));
		});
	});
});
