/**
 * date-fns `format`, made safe for any year: years are written as people write them ("44",
 * not "0044"), and years before the common era carry the locale's era ("500 BC",
 * "500 до н. э."), so that 500 BC is never shown as the year 500.
 *
 * The model counts years astronomically (as EDTF and JavaScript do: year 0 is 1 BC); the
 * era year date-fns prints for them is the historical one.
 */
import { format, type FormatOptions } from 'date-fns';

/** The UTC calendar year of an instant, astronomical (0 = 1 BC). */
export function utcYearOf(ms: number): number {
	return new Date(ms).getUTCFullYear();
}

/** `format`, with `yyyy` in the pattern written unpadded and followed by the era before year 1. */
export function formatCalendar(ms: number, pattern: string, options: FormatOptions): string {
	const year = utcYearOf(ms) <= 0 ? "y G" : 'y';
	return format(ms, pattern.replace(/yyyy/g, year), options);
}
