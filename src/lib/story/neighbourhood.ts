/**
 * The window story mode's strip shows for one event: the event and its neighbours in time
 * order, so that the reader sees where it lies among the events around it.
 *
 * Neighbours count by their anchor (where their marker sits), not their whole extent, so that
 * a long range next door does not zoom the strip out to months; the event itself is shown
 * whole. Pure arithmetic, plus one function that reads the marks it needs from the payload.
 */
import { markExtent, type MarkExtent } from '../layout/extent';
import type { PayloadReader } from '../payload/reader';
import type { MarkEvent } from '../payload/types';

/** Neighbours on each side that the window takes in. */
export const NEIGHBOURS = 2;
/** The narrowest window, ms: the view's own lower limit (an hour). */
export const MIN_WINDOW_MS = 3_600_000;
/** Margin on each side, as a share of the window. */
const PAD = 0.2;

/**
 * The window around `extents[focus]`, taking in the anchors of the other extents (its
 * neighbours in time order) and the focus whole, padded on both sides.
 */
export function neighbourhoodWindow(extents: readonly MarkExtent[], focus: number): [number, number] {
	const event = extents[focus];
	if (!event) throw new Error(`neighbourhoodWindow: no extent at ${focus}`);
	let from = event.startMs;
	let to = event.endMs;
	for (const other of extents) {
		if (!Number.isFinite(other.anchorMs)) continue;
		from = Math.min(from, other.anchorMs);
		to = Math.max(to, other.anchorMs);
	}
	const width = Math.max(to - from, MIN_WINDOW_MS);
	const centre = from + (to - from) / 2;
	const half = (width * (1 + 2 * PAD)) / 2;
	return [centre - half, centre + half];
}

/** The strip's window for the event at `order` in time order, its neighbours' marks read from the payload. */
export async function neighbourhoodOf(reader: PayloadReader, order: number): Promise<[number, number]> {
	const first = Math.max(order - NEIGHBOURS, 0);
	const last = Math.min(order + NEIGHBOURS, reader.manifest.eventCount - 1);
	const parts = [...new Set([reader.partAt(first), reader.partAt(last)])];
	const byOrder = new Map<number, MarkEvent>();
	for (const part of parts) {
		const start = reader.manifest.parts[part]?.first ?? 0;
		(await reader.marks(part)).forEach((mark, i) => byOrder.set(start + i, mark));
	}
	const extents: MarkExtent[] = [];
	let focus = 0;
	for (let at = first; at <= last; at++) {
		const mark = byOrder.get(at);
		if (!mark) continue;
		if (at === order) focus = extents.length;
		extents.push(markExtent(mark.when));
	}
	return neighbourhoodWindow(extents, focus);
}
