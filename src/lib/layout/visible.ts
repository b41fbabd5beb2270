/**
 * Finding the events in a time window without scanning them all.
 *
 * Built once per timeline (O(n)); each query is two binary searches plus the events in and
 * near the window, so a zoom frame over 100,000 events costs what the visible ones cost.
 * Events are kept in the model's order (by sortMs); because a range can start long before
 * the window and still reach into it, the index remembers the longest distance from an
 * event's sortMs back to its start and forward to its end, and widens the search by that.
 */
import { bisector } from 'd3-array';
import type { MarkEvent } from '../payload/types';
import { markExtent, type MarkExtent } from './extent';

export interface IndexedEvent {
	event: MarkEvent;
	/** Position in the whole timeline's time order, 0-based (also when only some events are loaded). */
	order: number;
	extent: MarkExtent;
}

export interface EventIndex {
	items: IndexedEvent[];
	/** Looks up an event by id. */
	byId: Map<string, IndexedEvent>;
	/** Events whose extent meets [fromMs, toMs], in time order. */
	within(fromMs: number, toMs: number): IndexedEvent[];
}

const bySortMs = bisector((item: IndexedEvent) => item.event.when.sortMs);

/**
 * `events` in time order; `orderOf(i)` gives the i-th event's position in the whole timeline
 * when only some stretches of it are loaded (by default its position here).
 */
export function buildEventIndex(events: readonly MarkEvent[], orderOf: (i: number) => number = (i) => i): EventIndex {
	return indexOfItems(events.map((event, i) => indexedEvent(event, orderOf(i))));
}

/** An event with its place in the timeline and its extent on the time axis. */
export function indexedEvent(event: MarkEvent, order: number): IndexedEvent {
	return { event, order, extent: markExtent(event.when) };
}

/**
 * The index of items made already (in time order): what a widget rebuilds as parts come and
 * go, or keeps of a filter, without measuring every event's extent again.
 */
export function indexOfItems(items: IndexedEvent[]): EventIndex {
	for (let i = 1; i < items.length; i++) {
		if ((items[i] as IndexedEvent).event.when.sortMs < (items[i - 1] as IndexedEvent).event.when.sortMs) {
			throw new Error('buildEventIndex: events must be sorted by when.sortMs');
		}
	}
	let reachBackMs = 0;
	let reachForwardMs = 0;
	for (const { event, extent } of items) {
		reachBackMs = Math.max(reachBackMs, event.when.sortMs - extent.startMs);
		reachForwardMs = Math.max(reachForwardMs, extent.endMs - event.when.sortMs);
	}

	return {
		items,
		byId: new Map(items.map((item) => [item.event.id, item])),
		within(fromMs, toMs) {
			const lo = bySortMs.left(items, fromMs - reachForwardMs);
			const hi = bySortMs.right(items, toMs + reachBackMs);
			const found: IndexedEvent[] = [];
			for (let i = lo; i < hi; i++) {
				const item = items[i] as IndexedEvent;
				if (item.extent.endMs >= fromMs && item.extent.startMs <= toMs) found.push(item);
			}
			return found;
		}
	};
}
