/**
 * What a mark is made of, in pixels: its bar or its date's band, soft and fading ends, dotted
 * trails where a date is not reported, the status marker, and the rings for the open and the
 * found event. One definition for every drawing of the chart: the canvas of the explorer and
 * the embed (components/marks-canvas.ts) and the exported picture (render/timeline-svg.ts)
 * turn the same shapes into pixels or SVG, so that they cannot drift apart.
 *
 * Pure arithmetic on pixels; no DOM.
 */
import type { Status } from '../model/vocabulary';
import { markerX, TAIL_PX } from './mark-geometry';
import type { SceneMark } from './scene';

/** Width of a soft (uncertain) end's fade inside a range's bar, px. */
export const SOFT_PX = 14;
/** Height of a range's bar, px. */
export const BAR_PX = 6;
/** Bars sit low in their row, so that the label above them stays legible, px. */
export const BAR_OFFSET_PX = 9;
/** Height of the band a point's whole period (e.g. its day) covers, px. */
export const BAND_PX = 20;
/** Radius of the highlighter halo under a found event's marker, px. */
export const FOUND_RADIUS_PX = 10;
/** Radius of the ring around the open event's marker, px. */
export const SELECTED_RADIUS_PX = 11;

/** How a range's bar is filled: solid (it happened), hatched (not carried out as far as said), outlined (words). */
export type BarFill = 'solid' | 'hatched' | 'outline';

export type MarkShape =
	| { kind: 'bar'; x: number; y: number; width: number; height: number; fill: BarFill }
	/** The period a point may fall in, when it spans pixels: a faint band. */
	| { kind: 'band'; x: number; y: number; width: number; height: number }
	/** The lane's colour fading out towards one side: a soft end inside a bar, or the tail past an open end. */
	| { kind: 'fade'; x: number; y: number; width: number; height: number; fadesTo: 'left' | 'right' }
	/** A dotted trail past an end the sources do not report. */
	| { kind: 'dotted'; x0: number; x1: number; y: number; fadesTo: 'left' | 'right' }
	| { kind: 'found'; x: number; y: number; r: number }
	| { kind: 'selected'; x: number; y: number; r: number }
	| { kind: 'marker'; x: number; y: number; status: Status };

/** The y of a mark's centre line in its row: bars sit lower than markers. */
export function markCentreY(mark: Pick<SceneMark, 'item'>, rowY: number): number {
	return rowY + (mark.item.extent.shape === 'range' ? BAR_OFFSET_PX : 0);
}

export interface MarkShapeOptions {
	/** The centre of the mark's row, px. */
	rowY: number;
	/** Width of the view, px: a shape reaching far beyond it is cut a little past its edge. */
	widthPx: number;
	/** How the event's status fills a range's bar. */
	barFill: BarFill;
	selected?: boolean;
	found?: boolean;
}

/** The shapes of one mark, in drawing order (later ones on top). */
export function markShapes(mark: Pick<SceneMark, 'item' | 'x0' | 'x1' | 'anchorX' | 'startEdge' | 'endEdge'>, options: MarkShapeOptions): MarkShape[] {
	const { widthPx } = options;
	// Far beyond the view a bar's edge would only cost pixels no one sees; a little past it, its rounded end stays out of sight.
	const clamp = (x: number) => Math.min(Math.max(x, -TAIL_PX - 10), widthPx + TAIL_PX + 10);
	const y = markCentreY(mark, options.rowY);
	const x = markerX(mark);
	const shapes: MarkShape[] = [];
	if (options.found) shapes.push({ kind: 'found', x, y, r: FOUND_RADIUS_PX });
	if (mark.item.extent.shape === 'range') {
		const softL = mark.startEdge === 'soft' ? SOFT_PX : 0;
		const softR = mark.endEdge === 'soft' ? SOFT_PX : 0;
		const x0 = clamp(mark.x0 + softL);
		const x1 = clamp(mark.x1 - softR);
		const top = y - BAR_PX / 2;
		shapes.push({ kind: 'bar', x: x0, y: top, width: Math.max(x1 - x0, 1), height: BAR_PX, fill: options.barFill });
		if (softL) shapes.push({ kind: 'fade', x: clamp(mark.x0), y: top, width: softL, height: BAR_PX, fadesTo: 'left' });
		if (softR) shapes.push({ kind: 'fade', x: x1, y: top, width: softR, height: BAR_PX, fadesTo: 'right' });
	} else if (mark.x1 - mark.x0 >= 4) {
		const x0 = clamp(mark.x0);
		shapes.push({ kind: 'band', x: x0, y: y - BAND_PX / 2, width: Math.max(clamp(mark.x1) - x0, 1), height: BAND_PX });
	}
	if (mark.startEdge === 'open') shapes.push({ kind: 'fade', x: mark.x0 - TAIL_PX, y: y - BAR_PX / 2, width: TAIL_PX, height: BAR_PX, fadesTo: 'left' });
	else if (mark.startEdge === 'unknown') shapes.push({ kind: 'dotted', x0: mark.x0 - TAIL_PX, x1: mark.x0, y, fadesTo: 'left' });
	if (mark.endEdge === 'open') shapes.push({ kind: 'fade', x: mark.x1, y: y - BAR_PX / 2, width: TAIL_PX, height: BAR_PX, fadesTo: 'right' });
	else if (mark.endEdge === 'unknown') shapes.push({ kind: 'dotted', x0: mark.x1, x1: mark.x1 + TAIL_PX, y, fadesTo: 'right' });
	if (options.selected) shapes.push({ kind: 'selected', x, y, r: SELECTED_RADIUS_PX });
	shapes.push({ kind: 'marker', x, y, status: mark.item.event.status });
	return shapes;
}
