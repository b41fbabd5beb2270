/**
 * Touch gestures as window arithmetic: what a one-finger drag or a two-finger pinch does
 * to the visible time window. Pure, so that the feel of the gestures is tested without a
 * touch screen; the pointer bookkeeping lives in components/touch-gestures.ts.
 *
 * Windows are [fromMs, toMs]; positions are CSS px from the left edge of the surface.
 */

export interface TouchPoint {
	x: number;
	y: number;
}

/** What a single finger means once it has moved far enough to tell. */
export type SwipeIntent = 'undecided' | 'pan' | 'scroll';

/** Finger travel below which a touch may still be a tap. */
export const SWIPE_SLOP_PX = 8;

/**
 * A swipe that is more vertical than horizontal scrolls the page; the timeline only takes
 * horizontal ones. The browser makes the same call through `touch-action: pan-y`; this
 * keeps the timeline from panning by the few pixels before the page takes over.
 */
export function swipeIntent(dxPx: number, dyPx: number, slopPx = SWIPE_SLOP_PX): SwipeIntent {
	if (Math.hypot(dxPx, dyPx) < slopPx) return 'undecided';
	return Math.abs(dxPx) > Math.abs(dyPx) ? 'pan' : 'scroll';
}

/** The window after dragging by `dxPx`: the instant under the finger stays under it. */
export function panWindow(window: readonly [number, number], widthPx: number, dxPx: number): [number, number] {
	const [from, to] = window;
	const shift = (dxPx * (to - from)) / widthPx;
	return [from - shift, to - shift];
}

/**
 * The window after a pinch that began with the fingers at `start` and is now at `now`: the
 * span shrinks by the ratio of the fingers' distances, and the instant that was under the
 * fingers' midpoint stays under their midpoint (which may itself have moved: pinch and pan
 * at once).
 */
export function pinchWindow(
	window: readonly [number, number],
	widthPx: number,
	start: readonly [TouchPoint, TouchPoint],
	now: readonly [TouchPoint, TouchPoint]
): [number, number] {
	const [from, to] = window;
	const span = to - from;
	const startDistance = distance(start);
	const factor = startDistance < 1 ? 1 : distance(now) / startDistance;
	const newSpan = span / Math.max(factor, 1e-6);
	const anchorMs = from + (midX(start) / widthPx) * span;
	const newFrom = anchorMs - (midX(now) / widthPx) * newSpan;
	return [newFrom, newFrom + newSpan];
}

function distance([a, b]: readonly [TouchPoint, TouchPoint]): number {
	return Math.hypot(a.x - b.x, a.y - b.y);
}

function midX([a, b]: readonly [TouchPoint, TouchPoint]): number {
	return (a.x + b.x) / 2;
}

/** A downward drag of the sheet's header this far (or a quick flick) closes it. */
export const SHEET_DISMISS_PX = 80;
const FLICK_PX_PER_MS = 0.5;

/**
 * Whether letting go of a bottom sheet dragged down by `dyPx` closes it: past a fixed
 * distance (or a third of a short sheet), or flicked down fast even if only a little.
 */
export function sheetDismisses(dyPx: number, velocityPxPerMs: number, sheetHeightPx: number): boolean {
	if (dyPx <= 0) return false;
	const distance = Math.min(SHEET_DISMISS_PX, sheetHeightPx / 3);
	return dyPx >= distance || (dyPx >= 16 && velocityPxPerMs >= FLICK_PX_PER_MS);
}
