import { tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { format } from 'date-fns';
import { enGB, enUS, ru, uk } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatUtc } from './date-pattern';
import { formatDatePoint } from './when';

const LOCALES = { enGB, enUS, ru, uk };

/** Every token date-pattern.ts writes, alone and in the patterns the axis and the dates use. */
const PATTERNS = [
	'y', 'G', 'GG', 'GGG', 'd', 'dd', 'MM', 'MMM', 'MMMM', 'LLL', 'LLLL', 'EEE', 'EEEE', 'EEEEEE', 'HH', 'mm', 'ss', 'SSS',
	'y G', 'd MMMM y', 'EEEE, d MMMM y', 'EEEEEE, d MMM y', 'EEE d', 'LLLL y', 'd MMMM y, HH:mm:ss.SSS', "'at' HH:mm 'o''clock'", "d''MM"
];

/** Instants over the whole range the model allows, with every month, weekday and era in it. */
function instants(): number[] {
	const list: number[] = [0, -1, Date.UTC(2025, 2, 18, 6, 5, 4, 3), Date.UTC(2024, 1, 29, 23, 59, 59, 999)];
	for (let i = 0; i < 400; i++) {
		const d = new Date(Date.UTC(2000, 0, 1));
		d.setUTCFullYear(-5000 + Math.floor((i * 7919) % 10_000), i % 12, 1 + ((i * 13) % 28));
		d.setUTCHours((i * 5) % 24, (i * 7) % 60, (i * 11) % 60, (i * 37) % 1000);
		list.push(+d);
	}
	return list;
}

describe('formatUtc', () => {
	for (const [name, locale] of Object.entries(LOCALES)) {
		it(`writes what date-fns's format writes in UTC, in ${name}`, () => {
			for (const ms of instants()) {
				for (const pattern of PATTERNS) {
					expect(formatUtc(ms, pattern, locale), `${new Date(ms).toISOString()} as ${pattern}`).toBe(format(ms, pattern, { in: utc, locale }));
				}
			}
		});
	}

	it('names a token it does not write, and the pattern', () => {
		expect(() => formatUtc(0, 'd Q y', enGB)).toThrow(/token Q \(in "d Q y"\)/);
		expect(() => formatUtc(0, 'yy', enGB)).toThrow(RangeError);
	});

	it('throws on an invalid instant, as date-fns does', () => {
		expect(() => formatUtc(Number.NaN, 'y', enGB)).toThrow(RangeError);
	});
});

describe('times in a time zone', () => {
	const minute = (ms: number) => ({ edtf: new Date(ms).toISOString(), earliestMs: ms, latestMs: ms + 999, precision: 'millisecond' as const, uncertain: false, approximate: false, unspecified: false });

	it('read the zone’s wall clock and its offset as date-fns’s TZDate does, across changes of offset and in the distant past', () => {
		const zones = ['Europe/Moscow', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/London', 'America/St_Johns'];
		const moments = [
			Date.UTC(2025, 2, 9, 6, 59, 59, 999),
			Date.UTC(2025, 2, 9, 7, 0, 0, 0),
			Date.UTC(2025, 10, 2, 5, 30, 0, 0),
			Date.UTC(2025, 10, 2, 6, 30, 0, 0),
			Date.UTC(1880, 5, 1, 12, 0, 0, 0),
			Date.UTC(1918, 6, 1, 0, 0, 0, 0),
			Date.UTC(2025, 3, 5, 15, 30, 0, 0)
		];
		for (const timeZone of zones) {
			for (const ms of moments) {
				const zoned = { in: tz(timeZone), locale: enGB };
				const expected = `${format(ms, 'd MMMM y, HH:mm:ss.SSS', zoned)} ${format(ms, 'zzz', zoned)}`;
				expect(formatDatePoint(minute(ms), { timeZone }), `${new Date(ms).toISOString()} in ${timeZone}`).toBe(expected);
			}
		}
	});
});
