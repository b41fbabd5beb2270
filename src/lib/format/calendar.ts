/**
 * Dates written safely for any year: years are written as people write them ("44", not
 * "0044"), and years before the common era carry the locale's era ("500 BC",
 * "500 до н. э."), so that 500 BC is never shown as the year 500.
 *
 * The model counts years astronomically (as EDTF and JavaScript do: year 0 is 1 BC); the
 * era year printed for them is the historical one.
 */
import type { Locale } from 'date-fns';
import { formatUtc } from './date-pattern';

/** The UTC calendar year of an instant, astronomical (0 = 1 BC). */
export function utcYearOf(ms: number): number {
	return new Date(ms).getUTCFullYear();
}

/**
 * An instant's UTC calendar fields in a date-fns pattern (the tokens of date-pattern.ts),
 * with `yyyy` written unpadded and followed by the era before year 1.
 */
export function formatCalendar(ms: number, pattern: string, locale: Locale): string {
	const year = utcYearOf(ms) <= 0 ? "y G" : 'y';
	return formatUtc(ms, pattern.replace(/yyyy/g, year), locale);
}
