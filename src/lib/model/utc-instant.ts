/**
 * A UTC instant from calendar fields, for any year a JavaScript date can hold.
 *
 * `Date.UTC(44, 2, 15)` is 15 March 1944: ECMAScript reads the years 0–99 as 1900–1999.
 * Timelines of antiquity need those years as they are, so every instant built from a year
 * goes through `utcInstant`, which sets the year with `setUTCFullYear` (no such mapping).
 * Years are astronomical, as in EDTF and JavaScript: 0 is 1 BC, -43 is 44 BC.
 */

/** The earliest and latest instants a JavaScript date can hold: ±8.64e15 ms, about ±271,821 years. */
export const MIN_INSTANT_MS = -8.64e15;
export const MAX_INSTANT_MS = 8.64e15;

/**
 * Date.UTC for any year. `monthIndex` counts from 0, like Date.UTC; fields out of range roll
 * over the same way (month 12 is January of the next year). NaN beyond what a date can hold.
 */
export function utcInstant(year: number, monthIndex = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	date.setUTCHours(hours, minutes, seconds, ms);
	return date.getTime();
}
