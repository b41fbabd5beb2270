/**
 * Mouse and wheel gestures as zoom-transform arithmetic: what a wheel step, a drag and a
 * double-click do to the view's d3 ZoomTransform. The same rules as d3-zoom's behaviour
 * (its wheel delta, zoom about the pointer, scale extent); the pointer bookkeeping lives in
 * components/zoom-surface.ts, and pure functions here let the feel be tested without a mouse.
 *
 * Only the x axis matters: the view is `transform.rescaleX(base)`.
 */
import { ZoomTransform } from './zoom-transform';

/** How many times the view zooms in for one wheel event (below 1: out); d3-zoom's default. */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
	// Lines (deltaMode 1) and pages (2) are coarser than pixels; a trackpad pinch comes as ctrl+wheel.
	const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
	return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/** The scale `t.k * factor`, kept within `extent` ([min, max] of k). */
export function zoomedScale(t: ZoomTransform, factor: number, [min, max]: readonly [number, number]): number {
	return Math.min(max, Math.max(min, t.k * factor));
}

/** The transform at scale `k` that keeps the instant under `xPx` where it is. */
export function zoomAt(t: ZoomTransform, k: number, xPx: number): ZoomTransform {
	return new ZoomTransform(k, xPx - ((xPx - t.x) * k) / t.k, t.y);
}

/** The transform moved by `dxPx` (a drag to the right shows earlier times). */
export function panTransform(t: ZoomTransform, dxPx: number): ZoomTransform {
	return new ZoomTransform(t.k, t.x + dxPx, t.y);
}
