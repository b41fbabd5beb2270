/**
 * The chart's vertical geometry: how many rows each lane has, where each lane starts, where a
 * row's centre and a lane's "+N more" strip are. One definition for every drawing of the
 * chart: the Svelte components, the density canvas and the exported SVG/PNG picture, so
 * that a picture of a view shows the lanes and rows the screen shows.
 *
 * Pure arithmetic on pixels; no DOM.
 */
import { rowsNeededPerLane } from './lanes';

/** Height of one row of marks, px. */
export const ROW_PX = 28;
/** Height of a lane's strip for "+N more" under its rows, px. */
export const STRIP_PX = 22;
/** Space between two lanes, px. */
export const LANE_GAP_PX = 8;
/** Height of the time axis above the lanes, px. */
export const AXIS_PX = 44;
/** Height of the eras' strip under the axis, when the timeline has eras, px. */
export const ERA_PX = 24;
/** Height of the overview strip (the minimap) under the chart, px. */
export const MINIMAP_PX = 44;
/** Space between the axis (or the eras) and the first lane, px. */
const FIRST_LANE_GAP_PX = 8;

/** The rows a lane may have at most (with lanes on), and the one lane when lanes are off. */
export const MAX_ROWS_PER_LANE = 4;
export const MAX_ROWS_ALL_IN_ONE = 8;

/** The rows of every lane, as the payload's manifest carries them. */
export interface LaneRows {
	/** Rows of each category's lane. */
	rowsPerLane: Record<string, number>;
	/** Rows of the one lane when lanes are off. */
	rowsAllInOne: number;
}

/**
 * Rows each lane needs over the whole timeline: the most events of the lane that overlap at
 * one instant, capped. Computed once per timeline (build time, or when a picture is drawn),
 * so that lane heights never change on zoom.
 */
export function laneRows(spans: ReadonlyArray<{ lane: string; startMs: number; endMs: number }>): LaneRows {
	return {
		rowsPerLane: Object.fromEntries(rowsNeededPerLane(spans, MAX_ROWS_PER_LANE)),
		rowsAllInOne:
			rowsNeededPerLane(
				spans.map((s) => ({ ...s, lane: '' })),
				MAX_ROWS_ALL_IN_ONE
			).get('') ?? 1
	};
}

/**
 * Rows of a lane as the chart draws it: the timeline's rows per lane (or of the one lane when
 * lanes are off), at most `cap` (a story strip, a picture of fixed height).
 */
export function rowsOfLane(rows: LaneRows, lanesOn: boolean, cap = Infinity): (lane: string) => number {
	return (lane) => Math.min(lanesOn ? (rows.rowsPerLane[lane] ?? 1) : rows.rowsAllInOne, cap);
}

export interface ChartLanes {
	/** Top of each lane, px from the chart's top, and after the last one the chart's height. */
	tops: readonly number[];
	/** Height of the whole chart: axis, eras and lanes, px. */
	heightPx: number;
	/** Top of the lane at `index`, px. */
	laneTop(index: number): number;
	/** Height of a lane: its rows and its strip, px. */
	laneHeight(lane: string): number;
	/** Height of a lane's rows, without its strip, px (where density bars go). */
	rowsHeight(lane: string): number;
	/** Vertical centre of a row of a lane, px. */
	rowY(lane: string, row: number): number;
	/** Top of a lane's "+N more" strip, px. */
	stripTop(lane: string): number;
}

/** Where the lanes go, top to bottom, in the order given. */
export function chartLanes(lanes: ReadonlyArray<{ id: string }>, rowsOf: (lane: string) => number, options: { eras: boolean }): ChartLanes {
	const index = new Map(lanes.map((lane, i) => [lane.id, i]));
	const rowsHeight = (lane: string) => rowsOf(lane) * ROW_PX;
	const laneHeight = (lane: string) => rowsHeight(lane) + STRIP_PX;
	const tops: number[] = [AXIS_PX + (options.eras ? ERA_PX : 0) + FIRST_LANE_GAP_PX];
	lanes.forEach((lane, i) => tops.push((tops[i] as number) + laneHeight(lane.id) + LANE_GAP_PX));
	const laneTop = (i: number) => tops[i] as number;
	const topOf = (lane: string) => laneTop(index.get(lane) ?? 0);
	return {
		tops,
		heightPx: laneTop(lanes.length),
		laneTop,
		laneHeight,
		rowsHeight,
		rowY: (lane, row) => topOf(lane) + row * ROW_PX + ROW_PX / 2,
		stripTop: (lane) => topOf(lane) + rowsHeight(lane)
	};
}
