/**
 * What each event occupies on a time axis, in instants, and how its ends are drawn.
 *
 * An event's date may be unbounded on one side ("on or after 18 March", "ongoing"); a
 * drawing cannot be. The extent keeps only the finite part and says how each end looks
 * (sharp, soft because uncertain, or fading because open or unknown), so that the renderer
 * draws a fixed-width fade in pixels instead of an infinite bar.
 */
import type { DatePoint, Endpoint, When } from '../model/dates';

/** How an end of a mark is drawn. */
export type EdgeStyle = 'sharp' | 'soft' | 'open' | 'unknown';

export interface MarkExtent {
	/** 'range' draws a bar; 'point' a marker, with a faint band when its precision spans pixels. */
	shape: 'point' | 'range';
	startMs: number;
	endMs: number;
	/** Where a point's marker sits: the middle of the period it may fall in. */
	anchorMs: number;
	startEdge: EdgeStyle;
	endEdge: EdgeStyle;
}

const edgeOf = (date: DatePoint): EdgeStyle => (date.uncertain || date.approximate ? 'soft' : 'sharp');

function endpointEdge(endpoint: Endpoint): EdgeStyle {
	if (endpoint.kind === 'date') return edgeOf(endpoint.date);
	return endpoint.kind;
}

export function markExtent(when: When): MarkExtent {
	switch (when.kind) {
		case 'point': {
			const { earliestMs, latestMs } = when.date;
			const edge = edgeOf(when.date);
			return { shape: 'point', startMs: earliestMs, endMs: latestMs, anchorMs: midpoint(earliestMs, latestMs), startEdge: edge, endEdge: edge };
		}
		case 'bounded': {
			const bound = (when.notBefore ?? when.notAfter) as DatePoint;
			const after = when.notBefore !== null;
			return {
				shape: 'point',
				startMs: bound.earliestMs,
				endMs: bound.latestMs,
				anchorMs: midpoint(bound.earliestMs, bound.latestMs),
				startEdge: after ? edgeOf(bound) : 'unknown',
				endEdge: after ? 'unknown' : edgeOf(bound)
			};
		}
		case 'range': {
			const { start, end } = when;
			const known = [start, end].flatMap((e) => (e.kind === 'date' ? [e.date] : []));
			const first = known[0] as DatePoint;
			const last = known[known.length - 1] as DatePoint;
			const startMs = start.kind === 'date' ? start.date.earliestMs : first.earliestMs;
			const endMs = end.kind === 'date' ? end.date.latestMs : last.latestMs;
			return {
				shape: 'range',
				startMs,
				endMs,
				anchorMs: startMs,
				startEdge: endpointEdge(start),
				endEdge: endpointEdge(end)
			};
		}
	}
}

function midpoint(a: number, b: number): number {
	return a + (b - a) / 2;
}
