/**
 * The chronological list, in pages: the page without JavaScript (for screen readers, print
 * and search engines) must stay small whatever the timeline's size, so a long timeline's
 * list is split into pages of LIST_PAGE_SIZE events in time order, linked to each other.
 * A short timeline (up to INLINE_LIST_MAX events) keeps its list on the explorer page itself:
 * beyond that the list would outweigh the chart in the page's DOM, which is to stay a few
 * thousand nodes whatever the timeline's size.
 */
import type { Timeline, TimelineEvent } from '../model/timeline';

export const LIST_PAGE_SIZE = 1000;
export const INLINE_LIST_MAX = 100;

export interface ListPageInfo {
	/** 1-based. */
	page: number;
	count: number;
	/** The first and last event's sort instants, for the page's heading. */
	fromMs: number;
	toMs: number;
}

export function listPageCount(eventCount: number): number {
	return Math.max(1, Math.ceil(eventCount / LIST_PAGE_SIZE));
}

export function listPages(timeline: Timeline): ListPageInfo[] {
	return Array.from({ length: listPageCount(timeline.events.length) }, (_, i) => {
		const events = timeline.events.slice(i * LIST_PAGE_SIZE, (i + 1) * LIST_PAGE_SIZE);
		return {
			page: i + 1,
			count: events.length,
			fromMs: events[0]?.when.sortMs ?? 0,
			toMs: events[events.length - 1]?.when.sortMs ?? 0
		};
	});
}

export interface ListPage {
	/** The page's events and the discrepancies that bear on them. */
	timeline: Timeline;
	/** Events linked from this page but listed on another, with where. */
	elsewhere: Record<string, { href: string; title: string }>;
}

/** Page `page` (1-based) of the list, or undefined past the last. */
export function listPage(timeline: Timeline, page: number, basePath: string): ListPage | undefined {
	if (!Number.isInteger(page) || page < 1 || page > listPageCount(timeline.events.length)) return undefined;
	const first = (page - 1) * LIST_PAGE_SIZE;
	const events = timeline.events.slice(first, first + LIST_PAGE_SIZE);
	const here = new Set(events.map((e) => e.id));
	const touching = new Set(events.flatMap((e) => e.discrepancies));
	const linked = (e: TimelineEvent) => [...(e.parent ? [e.parent] : []), ...e.children, ...e.related.map((r) => r.event)];
	const wanted = new Set(events.flatMap(linked).filter((id) => !here.has(id)));
	const orderOf = wanted.size > 0 ? orderIndex(timeline) : new Map<string, number>();
	const elsewhere: ListPage['elsewhere'] = {};
	for (const id of wanted) {
		const order = orderOf.get(id);
		if (order === undefined) continue;
		elsewhere[id] = { href: `${basePath}/events/${Math.floor(order / LIST_PAGE_SIZE) + 1}#event-${id}`, title: timeline.events[order]?.title ?? id };
	}
	return {
		timeline: { ...timeline, events, discrepancies: timeline.discrepancies.filter((d) => touching.has(d.id)) },
		elsewhere
	};
}

const orders = new WeakMap<Timeline, Map<string, number>>();

/**
 * Each event's position in time order, indexed once per timeline: every page of the list
 * looked its links up in a pass over all events (100 pages × 100,000 events at build).
 */
function orderIndex(timeline: Timeline): Map<string, number> {
	let index = orders.get(timeline);
	if (index === undefined) orders.set(timeline, (index = new Map(timeline.events.map((e, i) => [e.id, i]))));
	return index;
}
