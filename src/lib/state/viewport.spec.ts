import { describe, expect, it } from 'vitest';
import { applyViewParams } from './apply-view';
import type { TimelineHandle } from './context';
import { Selection } from './selection.svelte';
import { Viewport } from './viewport.svelte';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const YEAR_MS = 365.2425 * 86_400_000;
const years = ([from, to]: readonly [number, number]) => (to - from) / YEAR_MS;
const centre = ([from, to]: readonly [number, number]) => from + (to - from) / 2;

/** A timeline of three centuries, 1700–2000, shown whole at first (its home view). */
const threeCenturies: [number, number] = [utc(1700, 1, 1), utc(2000, 1, 1)];

function widget(home: [number, number]): TimelineHandle & { notices: string[] } {
	const notices: string[] = [];
	return {
		viewport: new Viewport(home),
		selection: new Selection(),
		eventExists: () => false,
		locate: async () => false,
		showNotices: (messages) => notices.push(...messages),
		reveal: () => {},
		notices
	};
}

describe('Viewport: one set of limits for every way into the view', () => {
	it('a link to a century of a 300-year timeline opens on that century, not on fifty years', () => {
		const w = widget(threeCenturies);
		applyViewParams(w, new URLSearchParams('from=1800-01-01&to=1900-01-01'));
		expect(w.notices).toEqual([]);
		expect(years(w.viewport.window)).toBeCloseTo(years([utc(1800, 1, 1), utc(1900, 1, 1)]), 6);
		expect(centre(w.viewport.window)).toBeCloseTo(centre([utc(1800, 1, 1), utc(1900, 1, 1)]), -3);
	});

	it('a link wider than twice the timeline opens at twice the timeline, about its centre', () => {
		const w = widget(threeCenturies);
		applyViewParams(w, new URLSearchParams('from=1000-01-01&to=3000-01-01'));
		expect(years(w.viewport.window)).toBeCloseTo(2 * years(threeCenturies), 6);
		expect(centre(w.viewport.window)).toBeCloseTo(centre([utc(1000, 1, 1), utc(3000, 1, 1)]), -3);
	});

	it('the host asking for a window (setView) gets the same limits as the link', () => {
		const viewport = new Viewport(threeCenturies);
		viewport.goTo(utc(1800, 1, 1), utc(1900, 1, 1), { animate: false });
		expect(years(viewport.window)).toBeCloseTo(100, 0);
		viewport.goTo(utc(1000, 1, 1), utc(3000, 1, 1), { animate: false });
		expect(years(viewport.window)).toBeCloseTo(600, 0);
	});

	it('a short timeline still zooms out to fifty years, and in to an hour', () => {
		const viewport = new Viewport([utc(2025, 3, 1), utc(2025, 4, 1)]);
		viewport.goTo(utc(1900, 1, 1), utc(2100, 1, 1), { animate: false });
		expect(years(viewport.window)).toBeCloseTo(50, 6);
		viewport.goTo(utc(2025, 3, 18), utc(2025, 3, 18) + 60_000, { animate: false });
		expect(viewport.window[1] - viewport.window[0]).toBeCloseTo(3_600_000, -1);
	});

	it('keeps a view of antiquity inside the instants a date can hold', () => {
		const start = -8.64e15;
		const viewport = new Viewport([start, start + 1000 * YEAR_MS]);
		viewport.goTo(start - 100 * YEAR_MS, start + 100 * YEAR_MS, { animate: false });
		expect(viewport.window[0]).toBeGreaterThanOrEqual(start);
		expect(years(viewport.window)).toBeCloseTo(200, 6);
	});
});
