import { describe, expect, it } from 'vitest';
import { parseWhen, type When } from '../model/dates';
import { markExtent, type EdgeStyle, type MarkExtent } from './extent';

function parsed(edtf: string): When {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(`expected "${edtf}" to parse, got: ${result.message}`);
	return result.when;
}

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => Date.UTC(y, m - 1, d, h, min, s);
const iso = (ms: number) => new Date(ms).toISOString();

/** The last millisecond of a UTC day (a calendar date stands for the whole day). */
const endOfDay = (y: number, m: number, d: number) => utc(y, m, d + 1) - 1;

describe('markExtent', () => {
	const rows: Array<{
		edtf: string;
		shape: MarkExtent['shape'];
		start: number;
		end: number;
		/** Expected marker position; a point's is the middle of its period, give or take the half millisecond of an inclusive end. */
		anchor: number;
		edges: [EdgeStyle, EdgeStyle];
	}> = [
		// A day is a point whose marker sits at midday, with the whole day as its band.
		{ edtf: '2025-03-18', shape: 'point', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18, 12), edges: ['sharp', 'sharp'] },
		{ edtf: '2025-03-18?', shape: 'point', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18, 12), edges: ['soft', 'soft'] },
		{ edtf: '2025-03-18~', shape: 'point', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18, 12), edges: ['soft', 'soft'] },
		// March has 31 days: its middle is 16 March at noon.
		{ edtf: '2025-03', shape: 'point', start: utc(2025, 3, 1), end: endOfDay(2025, 3, 31), anchor: utc(2025, 3, 16, 12), edges: ['sharp', 'sharp'] },
		// Winter 2025 is December 2025 to February 2026 (90 days): its marker sits mid-January.
		{ edtf: '2025-24', shape: 'point', start: utc(2025, 12, 1), end: endOfDay(2026, 2, 28), anchor: utc(2026, 1, 15), edges: ['sharp', 'sharp'] },
		// A minute covers 60 s; its marker sits half a minute in.
		{ edtf: '2025-03-18T10:00Z', shape: 'point', start: utc(2025, 3, 18, 10), end: utc(2025, 3, 18, 10, 1) - 1, anchor: utc(2025, 3, 18, 10, 0, 30), edges: ['sharp', 'sharp'] },
		// Ranges: a bar from the start of the first day to the end of the last, anchored at its start.
		{ edtf: '2025-03-18/2025-04-17', shape: 'range', start: utc(2025, 3, 18), end: endOfDay(2025, 4, 17), anchor: utc(2025, 3, 18), edges: ['sharp', 'sharp'] },
		{ edtf: '2025-03-18/2025-04-17~', shape: 'range', start: utc(2025, 3, 18), end: endOfDay(2025, 4, 17), anchor: utc(2025, 3, 18), edges: ['sharp', 'soft'] },
		{ edtf: '2025-03-18?/2025-04-17', shape: 'range', start: utc(2025, 3, 18), end: endOfDay(2025, 4, 17), anchor: utc(2025, 3, 18), edges: ['soft', 'sharp'] },
		// Ongoing: the finite part is the start day; the end fades.
		{ edtf: '2025-03-18/..', shape: 'range', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18), edges: ['sharp', 'open'] },
		// End not reported.
		{ edtf: '2025-03-18/', shape: 'range', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18), edges: ['sharp', 'unknown'] },
		// Open and unknown starts: the finite part is the end day.
		{ edtf: '../2025-03-18', shape: 'range', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18), edges: ['open', 'sharp'] },
		{ edtf: '/2025-03-18', shape: 'range', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18), edges: ['unknown', 'sharp'] },
		// One date, on or after / on or before: a point on the known day, fading on the unknown side.
		{ edtf: '[2025-03-18..]', shape: 'point', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18, 12), edges: ['sharp', 'unknown'] },
		{ edtf: '[..2025-03-18]', shape: 'point', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18, 12), edges: ['unknown', 'sharp'] },
		{ edtf: '[2025-03-18?..]', shape: 'point', start: utc(2025, 3, 18), end: endOfDay(2025, 3, 18), anchor: utc(2025, 3, 18, 12), edges: ['soft', 'unknown'] },
		{ edtf: '[..2025-03~]', shape: 'point', start: utc(2025, 3, 1), end: endOfDay(2025, 3, 31), anchor: utc(2025, 3, 16, 12), edges: ['unknown', 'soft'] }
	];

	it.each(rows)('$edtf', ({ edtf, shape, start, end, anchor, edges }) => {
		const extent = markExtent(parsed(edtf));
		expect({ shape: extent.shape, start: iso(extent.startMs), end: iso(extent.endMs), edges: [extent.startEdge, extent.endEdge] }).toEqual({
			shape,
			start: iso(start),
			end: iso(end),
			edges
		});
		// An inclusive end (…:59.999) puts the exact middle half a millisecond before the round instant.
		expect(Math.abs(extent.anchorMs - anchor)).toBeLessThanOrEqual(1);
	});

	it('is always finite, even where the date is unbounded', () => {
		for (const edtf of ['2025-03-18/..', '../2025-03-18', '2025-03-18/', '/2025-03-18', '[2025-03-18..]', '[..2025-03-18]']) {
			const when = parsed(edtf);
			// The date itself is unbounded on one side…
			expect(Number.isFinite(when.earliestMs) && Number.isFinite(when.latestMs)).toBe(false);
			// …the drawing is not.
			const extent = markExtent(when);
			expect([extent.startMs, extent.endMs, extent.anchorMs].every(Number.isFinite), edtf).toBe(true);
			expect(extent.startMs, edtf).toBeLessThanOrEqual(extent.endMs);
		}
	});

	it('keeps a point’s anchor inside its band', () => {
		for (const edtf of ['2025', '2025-21', '196X', '2025-03-18T10:00:30.250Z']) {
			const extent = markExtent(parsed(edtf));
			expect(extent.anchorMs, edtf).toBeGreaterThanOrEqual(extent.startMs);
			expect(extent.anchorMs, edtf).toBeLessThanOrEqual(extent.endMs);
		}
	});
});
