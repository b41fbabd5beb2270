/**
 * The time scale and the zoom transform that moves it.
 *
 * One base scale maps the default view (all events, with a margin) onto the width; the
 * visible scale is always `transform.rescaleX(base)`, a fresh copy, so that the zoom
 * transform stays the single truth about the view. These helpers convert between a time
 * window and a transform, and give the zoom limits: from about an hour to fifty years
 * across the view, or to twice the whole timeline when it is longer than that.
 */
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

/**
 * A linear map from instants (milliseconds since the epoch) to pixels: what d3-scale's
 * scaleUtc computes for positions, with the same arithmetic, so that every x is the one it
 * gave. Calling it places an instant; `invert` gives the instant under a pixel, to the
 * nearest millisecond as scaleUtc's Date does; `domain()` is in milliseconds, not Dates.
 *
 * Why not d3-scale: its continuous scales interpolate any value (colours, strings, arrays),
 * so the smallest of them brings d3-interpolate and d3-color, and scaleUtc brings
 * d3-time-format for a tick format Citeline does not use (ticks.ts formats with date-fns in
 * the reader's language): 9 kB gzipped of the 90 kB a reader loads, to multiply and add.
 * The calendar stays with D3: ticks.ts walks d3-time's intervals. time-scale.spec.ts checks
 * this scale against scaleUtc.
 */
export interface TimeScale {
	(ms: number | Date): number;
	domain(): [number, number];
	range(): [number, number];
	invert(px: number): number;
	/** The same range showing another window. */
	withDomain(window: readonly [number, number]): TimeScale;
}

export function timeScale(window: readonly [number | Date, number | Date], range: readonly [number, number]): TimeScale {
	const d0 = +window[0];
	const d1 = +window[1];
	const [r0, r1] = range;
	const scale = (ms: number | Date) => interpolate(r0, r1, normalize(d0, d1, +ms));
	// To the nearest whole millisecond, as scaleUtc's Date; `+ 0` turns -0 into 0, as a Date does.
	scale.invert = (px: number) => Math.round(interpolate(d0, d1, normalize(r0, r1, px))) + 0;
	scale.domain = (): [number, number] => [d0, d1];
	scale.range = (): [number, number] => [r0, r1];
	scale.withDomain = (next: readonly [number, number]) => timeScale(next, range);
	return scale;
}

/** Where x lies between a and b, as 0…1 (d3's normalize; 0.5 when a = b). */
function normalize(a: number, b: number, x: number): number {
	const span = b - a;
	return span ? (x - a) / span : Number.isNaN(span) ? NaN : 0.5;
}

/** d3-interpolate's interpolateNumber. */
function interpolate(a: number, b: number, t: number): number {
	return a * (1 - t) + b * t;
}

export function baseScale(window: [number, number], widthPx: number): TimeScale {
	return timeScale(window, [0, Math.max(1, widthPx)]);
}

/** The transform that shows [fromMs, toMs] across the whole width of `base`. */
export function transformForWindow(base: TimeScale, fromMs: number, toMs: number): ZoomTransform {
	const [r0, r1] = base.range();
	const x0 = base(fromMs);
	const x1 = base(toMs);
	const k = (r1 - r0) / Math.max(x1 - x0, 1e-9);
	return zoomIdentity.translate(r0 - k * x0, 0).scale(k);
}

/** The time window a transform shows. */
export function windowOf(base: TimeScale, transform: ZoomTransform): [number, number] {
	return transform.rescaleX(base).domain();
}

/** d3-zoom scale extent that keeps the view between MIN_VIEW_MS and `maxViewMs` wide. */
export function scaleExtentFor(base: TimeScale, maxViewMs = MAX_VIEW_MS): [number, number] {
	const [d0, d1] = base.domain();
	const baseMs = d1 - d0;
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
