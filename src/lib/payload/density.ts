/**
 * Density: how many events start in each stretch of time, per lane. The zoomed-out chart
 * and the overview strip draw it instead of the events themselves, and it tells the chart,
 * without loading any event, how many events a window holds (see countInWindow).
 *
 * Binned once at build time over the whole span; the browser can bin loaded events the
 * same way (binEvents) when it needs finer bins than the manifest's.
 */
import type { Density } from './types';

/** Bins over the whole span: fine enough for a 2,000 px wide strip, small enough for any page. */
export const DENSITY_BINS = 2048;

export interface BinInput {
	lane: string;
	/** Where the event is counted: a point's anchor, a range's start, ms. */
	atMs: number;
}

/** The bin of `density` that counts an event at `atMs` (clamped to the first and last). */
export function binOf(density: Pick<Density, 'originMs' | 'binMs' | 'bins'>, atMs: number): number {
	return Math.min(Math.max(Math.floor((atMs - density.originMs) / density.binMs), 0), density.bins - 1);
}

/** Bins `items` into `bins` equal stretches of [fromMs, toMs]. */
export function binEvents(items: Iterable<BinInput>, fromMs: number, toMs: number, bins = DENSITY_BINS): Density {
	const binMs = Math.max((toMs - fromMs) / bins, 1);
	const counts = new Map<string, Map<number, number>>();
	for (const { lane, atMs } of items) {
		const bin = binOf({ originMs: fromMs, binMs, bins }, atMs);
		let lanes = counts.get(lane);
		if (!lanes) counts.set(lane, (lanes = new Map()));
		lanes.set(bin, (lanes.get(bin) ?? 0) + 1);
	}
	const byLane: Record<string, number[]> = {};
	for (const [lane, bins] of counts) {
		byLane[lane] = [...bins.entries()].sort((a, b) => a[0] - b[0]).flat();
	}
	return { originMs: fromMs, binMs, bins, byLane };
}

/** The count of one lane (or of all lanes) in each bin, as a dense array. */
export function denseCounts(density: Density, lanes?: readonly string[]): Float64Array {
	const out = new Float64Array(density.bins);
	for (const lane of lanes ?? Object.keys(density.byLane)) {
		const pairs = density.byLane[lane] ?? [];
		for (let i = 0; i + 1 < pairs.length; i += 2) {
			const bin = pairs[i] as number;
			out[bin] = (out[bin] as number) + (pairs[i + 1] as number);
		}
	}
	return out;
}

/**
 * Events counted in the bins that meet [fromMs, toMs]: an upper bound of the events that
 * start in the window (a bin half in view counts whole), from a prefix sum of `counts`.
 */
export function countInWindow(density: Density, prefix: Float64Array, fromMs: number, toMs: number): number {
	const first = Math.max(Math.floor((fromMs - density.originMs) / density.binMs), 0);
	const last = Math.min(Math.floor((toMs - density.originMs) / density.binMs), density.bins - 1);
	if (last < first) return 0;
	return (prefix[last + 1] as number) - (prefix[first] as number);
}

/** prefix[i] = the sum of counts[0..i-1]. */
export function prefixSums(counts: Float64Array): Float64Array {
	const prefix = new Float64Array(counts.length + 1);
	for (let i = 0; i < counts.length; i++) prefix[i + 1] = (prefix[i] as number) + (counts[i] as number);
	return prefix;
}
