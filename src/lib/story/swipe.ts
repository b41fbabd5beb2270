/**
 * What a finger's swipe over a story slide means: the next event (a swipe to the left, as a
 * page is turned), the previous one (to the right), or nothing (a tap, a short drag, or a
 * swipe more vertical than horizontal, which scrolls the page). Pure, so that the feel is
 * tested without a touch screen; components/story/swipe-steps.ts listens to the fingers.
 */

/** Horizontal travel a swipe needs, px: well past a tap or a wobble while scrolling. */
export const SWIPE_MIN_PX = 48;

export type SwipeStep = 'next' | 'previous' | undefined;

export function swipeStep(dxPx: number, dyPx: number, minPx = SWIPE_MIN_PX): SwipeStep {
	if (Math.abs(dxPx) < minPx || Math.abs(dxPx) <= Math.abs(dyPx) * 1.5) return undefined;
	return dxPx < 0 ? 'next' : 'previous';
}
