/**
 * What a source page lists under "events that rest on this source": every event that cites
 * or references the source, in time order, and whether it rests on that source alone.
 *
 * Indexed once per timeline, by source, like quoted-passages.ts: each source page used to go
 * through every event of the timeline, so one build did sources × events work (1,000 sources
 * and 100,000 events: about two and a half minutes of the build's CPU). Build-time only.
 */
import type { Timeline } from '../model/timeline';
import { sourcesOf } from '../search/facets';

export interface SupportedEvent {
	id: string;
	title: string;
	/** The event rests on this source and no other. */
	alone: boolean;
}

const supportedBySource = new WeakMap<Timeline, Map<string, SupportedEvent[]>>();

/** The events that rest on the source, in timeline order; [] when none does. */
export function supportedEvents(timeline: Timeline, sourceId: string): SupportedEvent[] {
	let index = supportedBySource.get(timeline);
	if (index === undefined) {
		index = new Map();
		for (const event of timeline.events) {
			const rests = sourcesOf(event);
			for (const id of rests) {
				const entry = { id: event.id, title: event.title, alone: rests.length === 1 };
				const list = index.get(id);
				if (list) list.push(entry);
				else index.set(id, [entry]);
			}
		}
		supportedBySource.set(timeline, index);
	}
	return index.get(sourceId) ?? [];
}
