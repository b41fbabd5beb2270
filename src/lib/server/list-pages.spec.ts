import { describe, expect, it } from 'vitest';
import type { Discrepancy, Timeline, TimelineEvent } from '../model/timeline';
import { datasetTimeline, syntheticTimeline } from '../payload/testing';
import { LIST_PAGE_SIZE, listPage, listPageCount, listPages } from './list-pages';

const BASE = '/t/synthetic';

/** 2,345 events (three pages), with discrepancies on the first and the last page. */
function longTimeline(): Timeline {
	const timeline = syntheticTimeline(2 * LIST_PAGE_SIZE + 345, 21);
	const claims = [
		{ source: 'wire', quote: 'One says so.', verification: { state: 'unverified' as const } },
		{ source: 'wire', quote: 'One says not.', verification: { state: 'unverified' as const } }
	];
	const discrepancies: Discrepancy[] = [
		{ id: 'first-and-last', title: 'First and last', note: 'n', claims, events: ['e-3', `e-${2 * LIST_PAGE_SIZE + 10}`] },
		{ id: 'middle', title: 'Middle', note: 'n', claims, events: [`e-${LIST_PAGE_SIZE + 5}`] }
	];
	for (const d of discrepancies) for (const id of d.events) timeline.events.find((e) => e.id === id)?.discrepancies.push(d.id);
	return { ...timeline, discrepancies };
}

const linksOf = (e: TimelineEvent) => [...(e.parent ? [e.parent] : []), ...e.children, ...e.related.map((r) => r.event)];

describe('listPageCount', () => {
	it.each([
		[0, 1],
		[1, 1],
		[LIST_PAGE_SIZE, 1],
		[LIST_PAGE_SIZE + 1, 2],
		[2 * LIST_PAGE_SIZE + 345, 3]
	])('gives %i events %i page(s)', (events, pages) => {
		expect(listPageCount(events)).toBe(pages);
	});
});

describe('the list of a long timeline, in pages', () => {
	const timeline = longTimeline();
	const count = listPageCount(timeline.events.length);
	const pages = Array.from({ length: count }, (_, i) => listPage(timeline, i + 1, BASE));
	const pageOf = new Map<string, number>();
	pages.forEach((p, i) => p?.timeline.events.forEach((e) => pageOf.set(e.id, i + 1)));

	it('lists every event on exactly one page, in time order, at most LIST_PAGE_SIZE a page', () => {
		expect(count).toBe(3);
		expect(pages.flatMap((p) => p?.timeline.events ?? [])).toEqual(timeline.events);
		for (const page of pages) expect(page?.timeline.events.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
	});

	it('describes each page by its number, its count and its first and last event\'s instants', () => {
		expect(listPages(timeline)).toEqual(
			pages.map((p, i) => {
				const events = p?.timeline.events ?? [];
				return { page: i + 1, count: events.length, fromMs: events[0]?.when.sortMs, toMs: events[events.length - 1]?.when.sortMs };
			})
		);
	});

	it('links each event linked from a page but listed on another to that page, at the event', () => {
		let links = 0;
		pages.forEach((page, i) => {
			const here = new Set(page?.timeline.events.map((e) => e.id));
			const away = new Set((page?.timeline.events ?? []).flatMap(linksOf).filter((id) => !here.has(id)));
			expect(new Set(Object.keys(page?.elsewhere ?? {})), `page ${i + 1}`).toEqual(away);
			for (const id of away) {
				const target = pageOf.get(id);
				expect(target).not.toBe(i + 1);
				expect(page?.elsewhere[id]).toEqual({ href: `${BASE}/events/${target}#event-${id}`, title: timeline.events.find((e) => e.id === id)?.title });
				links++;
			}
		});
		// The synthetic timeline's parents and related events reach back across pages.
		expect(links).toBeGreaterThan(100);
	});

	it('links to where an event stands in the timeline asked about, not in one listed before', () => {
		// The positions are indexed once per timeline: another timeline with the same ids in
		// another order (the next build of an edited file in a dev server) gets its own.
		const page = pages[2];
		const [id] = Object.entries(page?.elsewhere ?? {}).find(([, link]) => link.href.startsWith(`${BASE}/events/2#`)) ?? [];
		expect(id).toBeDefined();
		const moved = timeline.events.find((e) => e.id === id) as TimelineEvent;
		const reordered = { ...timeline, events: [moved, ...timeline.events.filter((e) => e !== moved)] };
		const again = listPage(reordered, 3, BASE);
		expect(again?.elsewhere[id as string]).toEqual({ href: `${BASE}/events/1#event-${id}`, title: moved.title });
		expect(listPage(timeline, 3, BASE)?.elsewhere[id as string]).toEqual(page?.elsewhere[id as string]);
	});

	it('carries with each page the discrepancies on its events, and no others', () => {
		const ids = pages.map((p) => p?.timeline.discrepancies.map((d) => d.id).sort());
		expect(ids).toEqual([['first-and-last'], ['middle'], ['first-and-last']]);
	});

	it('keeps the timeline\'s title, lanes and sources on every page', () => {
		for (const page of pages) {
			expect(page?.timeline.title).toBe(timeline.title);
			expect(page?.timeline.categories).toEqual(timeline.categories);
			expect(page?.timeline.sources).toEqual(timeline.sources);
		}
	});

	it.each([0, -1, 4, 1.5, Number.NaN, Infinity])('has no page %s', (page) => {
		expect(listPage(timeline, page, BASE)).toBeUndefined();
	});
});

describe('the list of a short timeline', () => {
	it('is one page with every event of the shipped dataset and no links elsewhere', () => {
		const dataset = datasetTimeline();
		const page = listPage(dataset, 1, `/t/${dataset.slug}`);
		expect(page?.timeline.events).toEqual(dataset.events);
		expect(page?.timeline.discrepancies).toEqual(dataset.discrepancies);
		expect(page?.elsewhere).toEqual({});
		expect(listPage(dataset, 2, `/t/${dataset.slug}`)).toBeUndefined();
		expect(listPages(dataset)).toHaveLength(1);
	});

	it('is one empty page for a timeline with no events', () => {
		const empty = syntheticTimeline(0, 1);
		expect(listPage(empty, 1, BASE)?.timeline.events).toEqual([]);
		expect(listPage(empty, 2, BASE)).toBeUndefined();
		expect(listPages(empty)).toEqual([{ page: 1, count: 0, fromMs: 0, toMs: 0 }]);
	});
});
