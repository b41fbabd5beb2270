/**
 * The time scale and the zoom transform that moves it.
 *
 * One base scale maps the default view (all events, with a margin) onto the width; the
 * visible scale is always `transform.rescaleX(base)`, a fresh copy, so that d3-zoom's
 * transform stays the single truth about the view. These helpers convert between a time
 * window and a transform, and give the zoom limits: from about an hour to fifty years
 * across the view, or to twice the whole timeline when it is longer than that.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from './zoom-transform';
import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '../model/utc-instant';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const YEAR_MS = 365.2425 * DAY_MS;

export const MIN_VIEW_MS = HOUR_MS;
/** The widest view of a timeline shorter than fifty years. */
export const MAX_VIEW_MS = 50 * YEAR_MS;
/** The widest view of any timeline: well inside the ±271,821 years a JavaScript date can hold. */
export const LONGEST_VIEW_MS = 200_000 * YEAR_MS;

/** How wide the view of a timeline may grow: fifty years, or twice its default view if that is longer. */
export function maxViewFor(homeWindow: readonly [number, number]): number {
	return Math.min(Math.max(MAX_VIEW_MS, 2 * (homeWindow[1] - homeWindow[0])), LONGEST_VIEW_MS);
}

/** The default view: all events with a margin each side; never narrower than two days. */
export function defaultWindow(span: { earliestMs: number; latestMs: number } | null, marginRatio = 0.08): [number, number] {
	if (span === null) {
		const now = Date.UTC(2000, 0, 1);
		return [now - 30 * DAY_MS, now + 30 * DAY_MS];
	}
	const widthMs = Math.max(span.latestMs - span.earliestMs, 2 * DAY_MS);
	const centre = span.earliestMs + (span.latestMs - span.earliestMs) / 2;
	const half = (widthMs * (1 + 2 * marginRatio)) / 2;
	return [centre - half, centre + half];
}

export function baseScale(window: [number, number], widthPx: number): ScaleTime<number, number> {
	return scaleUtc().domain(window).range([0, Math.max(1, widthPx)]);
}

/** The transform that shows [fromMs, toMs] across the whole width of `base`. */
export function transformForWindow(base: ScaleTime<number, number>, fromMs: number, toMs: number): ZoomTransform {
	const [r0, r1] = base.range() as [number, number];
	const x0 = base(fromMs);
	const x1 = base(toMs);
	const k = (r1 - r0) / Math.max(x1 - x0, 1e-9);
	return zoomIdentity.translate(r0 - k * x0, 0).scale(k);
}

/** The time window a transform shows. */
export function windowOf(base: ScaleTime<number, number>, transform: ZoomTransform): [number, number] {
	const [d0, d1] = transform.rescaleX(base).domain();
	return [+(d0 as Date), +(d1 as Date)];
}

/** d3-zoom scale extent that keeps the view between MIN_VIEW_MS and `maxViewMs` wide. */
export function scaleExtentFor(base: ScaleTime<number, number>, maxViewMs = MAX_VIEW_MS): [number, number] {
	const [d0, d1] = base.domain();
	const baseMs = +(d1 as Date) - +(d0 as Date);
	return [baseMs / maxViewMs, baseMs / MIN_VIEW_MS];
}

/**
 * The window the view may show when [fromMs, toMs] is asked for: at least an hour and at most
 * `maxViewMs` wide (see maxViewFor), about the same centre, and inside the instants a date can
 * hold. The one place that decides: links, a host's setView, buttons and gestures all reach the
 * view through Viewport.goTo, which asks this.
 */
export function clampWindow(fromMs: number, toMs: number, maxViewMs: number): [number, number] {
	const width = Math.min(Math.max(toMs - fromMs, MIN_VIEW_MS), maxViewMs, MAX_INSTANT_MS - MIN_INSTANT_MS);
	const centre = fromMs + (toMs - fromMs) / 2;
	// Past the first or last instant there is no date to show: slide the window back in.
	const from = Math.min(Math.max(centre - width / 2, MIN_INSTANT_MS), MAX_INSTANT_MS - width);
	return [from, from + width];
}
