import { describe, expect, it } from 'vitest';
import { AXIS_PX, chartLanes, ERA_PX, LANE_GAP_PX, laneRows, MAX_ROWS_ALL_IN_ONE, MAX_ROWS_PER_LANE, ROW_PX, rowsOfLane, STRIP_PX } from './chart-geometry';

/** n events of a lane that all overlap one another. */
const overlapping = (lane: string, n: number) => Array.from({ length: n }, (_, i) => ({ lane, startMs: i, endMs: 100 }));

describe('laneRows', () => {
	it('gives a lane as many rows as its busiest moment needs, up to four; the one lane up to eight', () => {
		const rows = laneRows([...overlapping('talks', 6), ...overlapping('military', 2), ...overlapping('statements', 5).map((s) => ({ ...s, startMs: s.startMs + 1000, endMs: 1100 }))]);
		expect(rows.rowsPerLane).toEqual({ talks: MAX_ROWS_PER_LANE, military: 2, statements: MAX_ROWS_PER_LANE });
		expect(MAX_ROWS_PER_LANE).toBe(4);
		// Together: six talks and two military overlap at once.
		expect(rows.rowsAllInOne).toBe(MAX_ROWS_ALL_IN_ONE);
		expect(laneRows(overlapping('a', 3)).rowsAllInOne).toBe(3);
	});

	it('gives the one lane a row when there is no event', () => {
		expect(laneRows([])).toEqual({ rowsPerLane: {}, rowsAllInOne: 1 });
	});
});

describe('rowsOfLane', () => {
	const rows = { rowsPerLane: { talks: 4, military: 2 }, rowsAllInOne: 6 };
	it('reads the rows of each lane, one for a lane it does not know, and the one lane\'s rows when lanes are off', () => {
		expect(['talks', 'military', 'other'].map(rowsOfLane(rows, true))).toEqual([4, 2, 1]);
		expect(['talks', 'military'].map(rowsOfLane(rows, false))).toEqual([6, 6]);
	});
	it('caps them (a story strip, a picture of fixed height)', () => {
		expect(['talks', 'military'].map(rowsOfLane(rows, true, 2))).toEqual([2, 2]);
		expect(['talks'].map(rowsOfLane(rows, false, 3))).toEqual([3]);
	});
});

describe('chartLanes', () => {
	const rowsOf = rowsOfLane({ rowsPerLane: { talks: 4, military: 1 }, rowsAllInOne: 5 }, true);
	const lanes = [{ id: 'talks' }, { id: 'military' }];

	it('stacks the lanes under the axis, each its rows and its "+N more" strip tall', () => {
		const g = chartLanes(lanes, rowsOf, { eras: false });
		const first = AXIS_PX + 8;
		expect(g.tops).toEqual([first, first + 4 * ROW_PX + STRIP_PX + LANE_GAP_PX, first + 5 * ROW_PX + 2 * (STRIP_PX + LANE_GAP_PX)]);
		expect(g.heightPx).toBe(g.tops[2]);
		expect(g.laneHeight('talks')).toBe(4 * ROW_PX + STRIP_PX);
		expect(g.rowsHeight('military')).toBe(ROW_PX);
	});

	it('leaves room for the eras under the axis when the timeline has any', () => {
		expect(chartLanes(lanes, rowsOf, { eras: true }).tops[0]).toBe(chartLanes(lanes, rowsOf, { eras: false }).laneTop(0) + ERA_PX);
	});

	it('puts a row\'s centre and a lane\'s strip inside the lane, in order', () => {
		const g = chartLanes(lanes, rowsOf, { eras: false });
		const top = g.laneTop(1);
		expect(g.rowY('military', 0)).toBe(top + ROW_PX / 2);
		expect(g.rowY('talks', 3)).toBe(g.laneTop(0) + 3.5 * ROW_PX);
		expect(g.stripTop('talks')).toBe(g.laneTop(0) + 4 * ROW_PX);
		expect(g.stripTop('talks') + STRIP_PX).toBeLessThan(top);
	});
});
