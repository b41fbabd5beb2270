import { describe, expect, it } from 'vitest';
import { parseWhen } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import { TAIL_PX } from './mark-geometry';
import { BAND_PX, BAR_OFFSET_PX, BAR_PX, markShapes, SOFT_PX, type MarkShape } from './mark-shapes';
import { layoutScene, type SceneMark } from './scene';
import { timeScale } from './time-scale';
import { buildEventIndex } from './visible';

function event(id: string, edtf: string): TimelineEvent {
	const parsed = parseWhen(edtf);
	if (!parsed.ok) throw new Error(parsed.message);
	return { id, title: id, summary: '', when: parsed.when, status: 'happened', category: 'c', actors: [], citations: [], children: [], related: [], discrepancies: [] };
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const WIDTH_PX = 1000;
// March 2025 across 1000 px: a day is 1000 / 31 px.
const DAY_PX = WIDTH_PX / 31;
const scale = timeScale([utc(2025, 3, 1), utc(2025, 4, 1)], [0, WIDTH_PX]);
const scene = layoutScene({
	index: buildEventIndex(
		[
			event('day', '2025-03-18'),
			event('range', '2025-03-05/2025-03-10'),
			event('about', '2025-03-05/2025-03-10~'),
			event('ongoing', '2025-03-12/..'),
			event('unreported', '2025-03-12/'),
			event('long', '2024-01-01/2026-12-31')
		].sort((a, b) => a.when.sortMs - b.when.sortMs)
	),
	scale,
	widthPx: WIDTH_PX,
	rowsPerLane: () => 8,
	pinned: new Set(),
	expanded: new Set(),
	labelPx: () => 40
});
const mark = (id: string) => scene.marks.find((m) => m.item.event.id === id) as SceneMark;
const ROW_Y = 100;
const shapes = (id: string, options: { selected?: boolean; found?: boolean } = {}) => markShapes(mark(id), { rowY: ROW_Y, widthPx: WIDTH_PX, barFill: 'solid', ...options });
const only = <K extends MarkShape['kind']>(list: MarkShape[], kind: K) => list.filter((s): s is Extract<MarkShape, { kind: K }> => s.kind === kind);

describe('markShapes', () => {
	it('a day: a faint band as wide as the day, centred on the row, and the marker at midday', () => {
		const list = shapes('day');
		expect(list.map((s) => s.kind)).toEqual(['band', 'marker']);
		const [band] = only(list, 'band');
		expect(band?.x).toBeCloseTo(17 * DAY_PX, 6);
		expect(band?.width).toBeCloseTo(DAY_PX, 6);
		expect(band?.y).toBe(ROW_Y - BAND_PX / 2);
		expect(only(list, 'marker')[0]).toMatchObject({ x: expect.closeTo(17.5 * DAY_PX, 6), y: ROW_Y, status: 'happened' });
	});

	it('a range: a bar below the row line from its first day to the end of its last, the marker at its start', () => {
		const list = shapes('range');
		expect(list.map((s) => s.kind)).toEqual(['bar', 'marker']);
		const [bar] = only(list, 'bar');
		expect(bar).toMatchObject({ fill: 'solid', height: BAR_PX, y: ROW_Y + BAR_OFFSET_PX - BAR_PX / 2 });
		expect(bar?.x).toBeCloseTo(4 * DAY_PX, 6);
		expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(10 * DAY_PX, 6);
		expect(only(list, 'marker')[0]?.y).toBe(ROW_Y + BAR_OFFSET_PX);
	});

	it('an approximate end fades inside the bar, which ends that much sooner', () => {
		const list = shapes('about');
		const [bar] = only(list, 'bar');
		const [fade] = only(list, 'fade');
		expect(fade).toMatchObject({ width: SOFT_PX, fadesTo: 'right' });
		expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(fade?.x ?? NaN, 6);
		expect((fade?.x ?? 0) + SOFT_PX).toBeCloseTo(mark('about').x1, 6);
	});

	it('an ongoing range fades out past its end; an unreported end trails off in dots', () => {
		const [tail] = only(shapes('ongoing'), 'fade');
		expect(tail).toMatchObject({ x: mark('ongoing').x1, width: TAIL_PX, fadesTo: 'right' });
		const [dots] = only(shapes('unreported'), 'dotted');
		expect(dots).toMatchObject({ x0: mark('unreported').x1, x1: mark('unreported').x1 + TAIL_PX, fadesTo: 'right' });
	});

	it('a bar reaching far beyond the view is cut just past its edges', () => {
		const [bar] = only(shapes('long'), 'bar');
		expect(bar?.x).toBe(-TAIL_PX - 10);
		expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBe(WIDTH_PX + TAIL_PX + 10);
	});

	it('the found halo lies under everything, the open event’s ring under the marker only', () => {
		expect(shapes('range', { found: true, selected: true }).map((s) => s.kind)).toEqual(['found', 'bar', 'selected', 'marker']);
	});
});
