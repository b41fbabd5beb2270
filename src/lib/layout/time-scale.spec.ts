import { zoomIdentity } from './zoom-transform';
import { describe, expect, it } from 'vitest';
import {
	baseScale,
	clampWindow,
	DAY_MS,
	defaultWindow,
	HOUR_MS,
	MAX_VIEW_MS,
	LONGEST_VIEW_MS,
	maxViewFor,
	MIN_VIEW_MS,
	scaleExtentFor,
	timeScale,
	transformForWindow,
	windowOf,
	YEAR_MS
} from './time-scale';

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => Date.UTC(y, m - 1, d, h, min, s);
const iso = (ms: number) => new Date(ms).toISOString();
const isoWindow = ([a, b]: [number, number]) => [iso(a), iso(b)];

describe('constants', () => {
	it('limits the view to between an hour and fifty years', () => {
		expect(MIN_VIEW_MS).toBe(60 * 60 * 1000);
		expect(MAX_VIEW_MS / DAY_MS).toBeCloseTo(50 * 365.2425, 6);
		// Fifty Gregorian years from 2000 end on 1 January 2050 (give or take the leap-year average).
		expect(Math.abs(utc(2000, 1, 1) + MAX_VIEW_MS - utc(2050, 1, 1))).toBeLessThan(DAY_MS);
	});
});

describe('defaultWindow', () => {
	const rows: Array<{ name: string; span: { earliestMs: number; latestMs: number } | null; margin?: number; expected: [string, string] }> = [
		{
			// 10 days, 8 % of that (19 h 12 min) added on each side.
			name: '10 days with the default margin',
			span: { earliestMs: utc(2025, 3, 10), latestMs: utc(2025, 3, 20) },
			expected: ['2025-03-09T04:48:00.000Z', '2025-03-20T19:12:00.000Z']
		},
		{
			name: '10 days with no margin',
			span: { earliestMs: utc(2025, 3, 10), latestMs: utc(2025, 3, 20) },
			margin: 0,
			expected: ['2025-03-10T00:00:00.000Z', '2025-03-20T00:00:00.000Z']
		},
		{
			// A 25 % margin of 100 days is 25 days each side.
			name: '100 days with a 25 % margin',
			span: { earliestMs: utc(2025, 1, 1), latestMs: utc(2025, 1, 1) + 100 * DAY_MS },
			margin: 0.25,
			expected: ['2024-12-07T00:00:00.000Z', '2025-05-06T00:00:00.000Z']
		},
		{
			// Six hours is widened to two days about its centre (13:00), no margin: 12:00 on 17th to 14:00 on the 19th.
			name: 'six hours, widened to the two-day minimum',
			span: { earliestMs: utc(2025, 3, 18, 10), latestMs: utc(2025, 3, 18, 16) },
			margin: 0,
			expected: ['2025-03-17T13:00:00.000Z', '2025-03-19T13:00:00.000Z']
		},
		{
			// A single instant: two days, plus 8 % of two days (3 h 50 min 24 s) each side.
			name: 'a single instant, two days plus the margin',
			span: { earliestMs: utc(2025, 3, 18, 12), latestMs: utc(2025, 3, 18, 12) },
			expected: ['2025-03-17T08:09:36.000Z', '2025-03-19T15:50:24.000Z']
		},
		{
			// No dates at all: two months around the start of 2000.
			name: 'no span',
			span: null,
			expected: ['1999-12-02T00:00:00.000Z', '2000-01-31T00:00:00.000Z']
		}
	];

	it.each(rows)('$name', ({ span, margin, expected }) => {
		expect(isoWindow(defaultWindow(span, margin))).toEqual(expected);
	});

	it('is never narrower than two days, and always contains the span', () => {
		for (const widthMs of [0, 1, HOUR_MS, DAY_MS, 2 * DAY_MS - 1, 2 * DAY_MS, 3 * DAY_MS, 400 * DAY_MS]) {
			const span = { earliestMs: utc(2025, 3, 18, 7), latestMs: utc(2025, 3, 18, 7) + widthMs };
			for (const margin of [0, 0.08]) {
				const [from, to] = defaultWindow(span, margin);
				expect(to - from, `${widthMs} ms, margin ${margin}`).toBeGreaterThanOrEqual(2 * DAY_MS);
				expect(from).toBeLessThanOrEqual(span.earliestMs);
				expect(to).toBeGreaterThanOrEqual(span.latestMs);
			}
		}
	});
});

describe('transformForWindow and windowOf', () => {
	const widthPx = 1000;
	// The default view of the 18 March 2025 call's month.
	const base = baseScale(defaultWindow({ earliestMs: utc(2025, 3, 1), latestMs: utc(2025, 4, 1) }), widthPx);
	const baseDomain = base.domain().map(Number);

	const windows: Array<{ name: string; window: [number, number] }> = [
		{ name: 'the base window itself', window: [baseDomain[0] as number, baseDomain[1] as number] },
		{ name: 'one day', window: [utc(2025, 3, 18), utc(2025, 3, 19)] },
		{ name: 'one hour (the closest zoom)', window: [utc(2025, 3, 18, 14), utc(2025, 3, 18, 15)] },
		{ name: 'a window off to one side', window: [utc(2025, 4, 20), utc(2025, 5, 20)] },
		{ name: 'ten years (zoomed out)', window: [utc(2020, 1, 1), utc(2030, 1, 1)] },
		{ name: 'fifty years (the widest zoom)', window: [utc(2000, 1, 1), utc(2000, 1, 1) + MAX_VIEW_MS] },
		{ name: 'an odd window', window: [utc(2025, 3, 18, 6, 17, 3), utc(2025, 3, 21, 19, 2, 41)] }
	];

	it.each(windows)('$name: round-trips to the millisecond', ({ window }) => {
		const [from, to] = window;
		const transform = transformForWindow(base, from, to);
		const [shownFrom, shownTo] = windowOf(base, transform);
		expect(Math.abs(shownFrom - from)).toBeLessThanOrEqual(1);
		expect(Math.abs(shownTo - to)).toBeLessThanOrEqual(1);
		// The visible scale puts the window's ends at the edges of the view.
		const visible = transform.rescaleX(base);
		expect(visible(from)).toBeCloseTo(0, 6);
		expect(visible(to)).toBeCloseTo(widthPx, 6);
		// Zoom only moves along x.
		expect(transform.y).toBe(0);
		// And the base scale is never touched (rescaleX returns a copy).
		expect(base.domain().map(Number)).toEqual(baseDomain);
		expect(base.range()).toEqual([0, widthPx]);
	});

	it('gives the identity for the base window', () => {
		const t = transformForWindow(base, baseDomain[0] as number, baseDomain[1] as number);
		expect(t.k).toBeCloseTo(1, 12);
		expect(t.x).toBeCloseTo(0, 6);
	});

	it('zooms by the ratio of the widths', () => {
		// The base is 31 days × 1.16; a one-day window is that many times closer.
		const t = transformForWindow(base, utc(2025, 3, 18), utc(2025, 3, 19));
		expect(t.k).toBeCloseTo(31 * 1.16, 9);
	});

	it('works on a base scale that does not start at 0 px', () => {
		const offset = timeScale([utc(2025, 3, 1), utc(2025, 4, 1)], [100, 900]);
		const t = transformForWindow(offset, utc(2025, 3, 10), utc(2025, 3, 12));
		const visible = t.rescaleX(offset);
		expect(visible(utc(2025, 3, 10))).toBeCloseTo(100, 6);
		expect(visible(utc(2025, 3, 12))).toBeCloseTo(900, 6);
		expect(isoWindow(windowOf(offset, t))).toEqual(['2025-03-10T00:00:00.000Z', '2025-03-12T00:00:00.000Z']);
	});

	it('windowOf the identity is the base domain', () => {
		expect(windowOf(base, zoomIdentity)).toEqual(baseDomain);
	});
});

describe('baseScale', () => {
	it('maps the window onto the width, and never onto less than a pixel', () => {
		const window: [number, number] = [utc(2025, 3, 1), utc(2025, 3, 11)];
		const scale = baseScale(window, 500);
		expect(scale(utc(2025, 3, 6))).toBeCloseTo(250, 9);
		expect(baseScale(window, 0).range()).toEqual([0, 1]);
		expect(baseScale(window, -20).range()).toEqual([0, 1]);
	});
});

describe('scaleExtentFor', () => {
	const rows = [
		{ name: 'a month', window: [utc(2025, 3, 1), utc(2025, 4, 1)] as [number, number] },
		{ name: 'two days', window: [utc(2025, 3, 17), utc(2025, 3, 19)] as [number, number] },
		{ name: 'twenty years', window: [utc(2000, 1, 1), utc(2020, 1, 1)] as [number, number] }
	];

	it.each(rows)('$name: its limits show fifty years and one hour', ({ window }) => {
		const base = baseScale(window, 1200);
		const [kMin, kMax] = scaleExtentFor(base);
		const widthAt = (k: number) => {
			const [from, to] = windowOf(base, zoomIdentity.scale(k));
			return to - from;
		};
		expect(widthAt(kMin) / YEAR_MS).toBeCloseTo(50, 6);
		expect(widthAt(kMax) / HOUR_MS).toBeCloseTo(1, 6);
		expect(kMin).toBeLessThan(1);
		expect(kMax).toBeGreaterThan(1);
	});

	it('is the base width over the view limits', () => {
		const base = baseScale([utc(2025, 3, 17), utc(2025, 3, 19)], 900);
		// Two days: 48 one-hour views; 2 / (50 × 365.2425) fifty-year views.
		const [kMin, kMax] = scaleExtentFor(base);
		expect(kMax).toBeCloseTo(48, 9);
		expect(kMin).toBeCloseTo(2 / (50 * 365.2425), 12);
	});
});

describe('clampWindow', () => {
	const rows: Array<{ name: string; window: [number, number]; expected: [string, string] }> = [
		{
			name: 'a day is left alone',
			window: [utc(2025, 3, 18), utc(2025, 3, 19)],
			expected: ['2025-03-18T00:00:00.000Z', '2025-03-19T00:00:00.000Z']
		},
		{
			// Ten minutes centred on 12:05 becomes the hour centred on 12:05.
			name: 'ten minutes widens to an hour about its centre',
			window: [utc(2025, 3, 18, 12), utc(2025, 3, 18, 12, 10)],
			expected: ['2025-03-18T11:35:00.000Z', '2025-03-18T12:35:00.000Z']
		},
		{
			name: 'an empty window widens to an hour',
			window: [utc(2025, 3, 18, 12), utc(2025, 3, 18, 12)],
			expected: ['2025-03-18T11:30:00.000Z', '2025-03-18T12:30:00.000Z']
		},
		{
			name: 'exactly an hour is left alone',
			window: [utc(2025, 3, 18, 12), utc(2025, 3, 18, 13)],
			expected: ['2025-03-18T12:00:00.000Z', '2025-03-18T13:00:00.000Z']
		}
	];

	it.each(rows)('$name', ({ window, expected }) => {
		expect(isoWindow(clampWindow(...window, MAX_VIEW_MS))).toEqual(expected);
	});

	it('narrows a century to fifty years about its centre', () => {
		const [from, to] = clampWindow(utc(1950, 1, 1), utc(2050, 1, 1), MAX_VIEW_MS);
		const centre = utc(1950, 1, 1) + (utc(2050, 1, 1) - utc(1950, 1, 1)) / 2;
		expect(to - from).toBeCloseTo(MAX_VIEW_MS, 0);
		expect((from + to) / 2).toBeCloseTo(centre, 0);
		// The centre is noon on 1 January 2000; 25 average years (9131.06 days) either side of it.
		expect(iso(from).slice(0, 16)).toBe('1975-01-01T10:30');
		expect(iso(to).slice(0, 16)).toBe('2024-12-31T13:30');
	});
});

describe('clampWindow at the ends of time', () => {
	it('slides a window that reaches past the first or last instant a date can hold back inside', () => {
		expect(clampWindow(-8.64e15 - 10 * DAY_MS, -8.64e15 + 10 * DAY_MS, MAX_VIEW_MS)).toEqual([-8.64e15, -8.64e15 + 20 * DAY_MS]);
		expect(clampWindow(8.64e15 - DAY_MS, 8.64e15 + DAY_MS, MAX_VIEW_MS)).toEqual([8.64e15 - 2 * DAY_MS, 8.64e15]);
	});
});

describe('maxViewFor: long timelines can be seen whole', () => {
	it('keeps fifty years for a timeline shorter than that', () => {
		expect(maxViewFor([utc(2025, 1, 1), utc(2025, 6, 1)])).toBe(MAX_VIEW_MS);
	});
	it('allows twice the default view of a timeline of two centuries', () => {
		const home: [number, number] = [utc(1800, 1, 1), utc(2000, 1, 1)];
		expect(maxViewFor(home)).toBe(2 * (home[1] - home[0]));
		const [from, to] = clampWindow(home[0], home[1], maxViewFor(home));
		expect([from, to]).toEqual(home);
	});
	it('stops at 200,000 years, inside what a date can hold', () => {
		expect(maxViewFor([-1e16, 1e16])).toBe(LONGEST_VIEW_MS);
	});
});

// d3-scale is a development dependency for this comparison only: the pages use timeScale.
describe('timeScale against d3-scale’s scaleUtc', () => {
	const cases: [string, [number, number], [number, number]][] = [
		['a month over 1,280 px', [utc(2025, 3, 1), utc(2025, 4, 1)], [0, 1280]],
		['an hour from 100 px to 900 px', [utc(2025, 3, 18, 13), utc(2025, 3, 18, 14)], [100, 900]],
		['44 BC to AD 2025, reversed range', [Date.UTC(-43, 2, 15), utc(2025, 1, 1)], [390, 0]],
		['an empty window', [utc(2025, 3, 18), utc(2025, 3, 18)], [0, 600]]
	];

	it.each(cases)('places every instant where scaleUtc does: %s', async (_, window, range) => {
		const d3 = (await import('d3-scale')).scaleUtc().domain(window).range(range);
		const ours = timeScale(window, range);
		const span = window[1] - window[0] || DAY_MS;
		for (const f of [-0.5, 0, 0.123, 0.5, 0.999, 1, 2.5]) {
			const ms = window[0] + f * span;
			expect(ours(ms)).toBe(d3(ms));
			expect(ours(new Date(ms))).toBe(d3(new Date(ms)));
		}
	});

	it.each(cases)('inverts every pixel to the instant scaleUtc gives, in whole milliseconds: %s', async (_, window, range) => {
		const d3 = (await import('d3-scale')).scaleUtc().domain(window).range(range);
		const ours = timeScale(window, range);
		for (const px of [-300, 0, 0.5, 333.3, 640, 1279.9, 5000]) {
			expect(ours.invert(px)).toBe(+d3.invert(px));
			expect(Number.isInteger(ours.invert(px))).toBe(true);
		}
	});

	it('gives its window and range as numbers, and a new scale for another window', () => {
		const scale = timeScale([new Date(utc(2025, 3, 1)), new Date(utc(2025, 4, 1))], [0, 100]);
		expect(scale.domain()).toEqual([utc(2025, 3, 1), utc(2025, 4, 1)]);
		const later = scale.withDomain([utc(2025, 4, 1), utc(2025, 5, 1)]);
		expect(later(utc(2025, 4, 1))).toBe(0);
		expect(later.range()).toEqual([0, 100]);
		expect(scale(utc(2025, 4, 1))).toBe(100);
	});
});
