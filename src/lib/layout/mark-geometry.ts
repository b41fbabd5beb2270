/**
 * Where the parts of a mark go across the chart: its marker, its label and the room the label
 * may take, the "+N more" buttons and the lane hints. One definition for the Svelte
 * components and the exported picture, so that both put a label, and cut it, in one place.
 *
 * Pure arithmetic on pixels; no DOM.
 */
import type { EdgeStyle } from './extent';
import type { OverflowCluster } from './lanes';
import type { SceneMark } from './scene';

/** A range's marker sits at its start, or this far in when the start is out of view, px. */
export const MARKER_INSET_PX = 8;
/** Width of an event's hit area around its marker, px (the button EventButtons draws). */
export const HIT_PX = 24;
/** The label's text starts this far right of the marker: the button's padding and the label's, px. */
export const LABEL_TEXT_OFFSET_PX = 12;
/** Room the label's own padding takes inside its room, px (4 px each side, less the button's 4 px beyond its hit area). */
export const LABEL_PADDING_PX = 4;
/** Length of the fading tail drawn past an open or unreported end, px. */
export const TAIL_PX = 40;
/** Half a status marker's width, px. */
export const MARKER_RADIUS_PX = 8;
/** Height of a "+N more" button, and of the lane's strip it sits in, px. */
export const MORE_HEIGHT_PX = 20;

/** The x of a mark's status marker, px. */
export function markerX(mark: Pick<SceneMark, 'item' | 'x0' | 'anchorX'>): number {
	return mark.item.extent.shape === 'range' ? Math.max(mark.x0, MARKER_INSET_PX) : mark.anchorX;
}

/**
 * The room a mark's label may take right of its marker, px: the width packing gave it
 * (`labelPx`), or what is left before the view's right edge (there the label ends in "…").
 * None for a mark drawn without its label.
 */
export function labelRoomPx(mark: Pick<SceneMark, 'item' | 'x0' | 'anchorX' | 'showLabel'>, labelPx: number, widthPx: number): number {
	return mark.showLabel ? Math.max(0, Math.min(labelPx, widthPx - markerX(mark) - HIT_PX / 2 - 2)) : 0;
}

const fading = (edge: EdgeStyle) => edge === 'open' || edge === 'unknown';

/**
 * Whether any of a mark (its fading ends, its marker, its label) reaches into a view `widthPx`
 * wide. A scene holds marks beyond the edges too (so that they slide in); a picture draws and
 * names only these.
 */
export function markShowsIn(mark: Pick<SceneMark, 'item' | 'x0' | 'x1' | 'anchorX' | 'showLabel' | 'startEdge' | 'endEdge'>, labelPx: number, widthPx: number): boolean {
	const x = markerX(mark);
	const left = Math.min(mark.x0 - (fading(mark.startEdge) ? TAIL_PX : 0), x - MARKER_RADIUS_PX);
	const right = Math.max(mark.x1 + (fading(mark.endEdge) ? TAIL_PX : 0), x + MARKER_RADIUS_PX + (mark.showLabel ? LABEL_TEXT_OFFSET_PX + labelPx : 0));
	return right >= 0 && left <= widthPx;
}

/** About how wide a "+N more" button is at 12 px, px. */
export function moreButtonPx(text: string): number {
	return Math.ceil(text.length * 7) + 20;
}

/** The left of a cluster's "+N more" button: at the hidden marks, kept inside the view, px. */
export function moreButtonLeft(cluster: Pick<OverflowCluster, 'x0'>, text: string, widthPx: number): number {
	return Math.max(Math.min(cluster.x0 - 8, widthPx - moreButtonPx(text)), 0);
}

/** Width a lane hint may take at most before the view's right edge, px. */
const HINT_MIN_ROOM_PX = 160;

/** The left of a lane hint pointing at its folded parent (whose marker is at `parentX`), px. */
export function laneHintLeft(parentX: number, widthPx: number): number {
	return Math.min(Math.max(parentX - 12, 4), Math.max(widthPx - HINT_MIN_ROOM_PX, 4));
}
