import { describe, expect, it } from 'vitest';
import { markExtent } from '../layout/extent';
import { parseWhen } from '../model/dates';
import type { Timeline } from '../model/timeline';
import { STATUS_IDS } from '../model/vocabulary';
import { buildPayload, MAX_ROWS_ALL_IN_ONE, MAX_ROWS_PER_LANE, PART_SIZE, payloadPartCounts } from './build';
import { eventFromJson, idBucket } from './codec';
import { detailPartName, idPartName, markPartName, PayloadReader, sourcesFromPart, timelineOfParts } from './reader';
import { datasetTimeline, GENERATED_STATUSES, generatedTimeline, syntheticTimeline } from './testing';
import type { MarkEvent } from './types';

/** What the browser gets: the value as it comes out of a JSON file. */
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What drawing needs of an event, as the timeline has it. */
const markOf = (e: Timeline['events'][number]): MarkEvent => ({
	id: e.id,
	title: e.title,
	when: e.when,
	status: e.status,
	category: e.category,
	...(e.parent === undefined ? {} : { parent: e.parent }),
	children: e.children
});

const dataset = datasetTimeline();

describe.each([
	['the shipped dataset, 4 to a part', dataset, 4],
	['the shipped dataset, in one part', dataset, PART_SIZE],
	['41 generated events, 4 to a part', generatedTimeline(41, 1), 4],
	['40 generated events, 4 to a part (no partial last part)', generatedTimeline(40, 2), 4],
	['41 generated events, 1 to a part', generatedTimeline(41, 3), 1],
	['one event', generatedTimeline(1, 4), 4],
	['no events', generatedTimeline(0, 5), 4]
])('buildPayload of %s', (_, timeline, partSize) => {
	const payload = buildPayload(timeline, partSize);
	const { manifest } = payload;
	const ids = timeline.events.map((e) => e.id);

	it('has as many mark and detail parts as the manifest lists, each starting where the manifest says', () => {
		expect(payload.marks.length).toBe(manifest.parts.length);
		expect(payload.details.length).toBe(manifest.parts.length);
		expect(manifest.parts.length).toBe(Math.ceil(timeline.events.length / partSize));
		manifest.parts.forEach((part, i) => {
			expect(payload.marks[i]?.first, `marks ${i}`).toBe(part.first);
			expect(payload.details[i]?.first, `details ${i}`).toBe(part.first);
			expect(part.count).toBeGreaterThan(0);
			expect(part.count).toBeLessThanOrEqual(partSize);
		});
	});

	it('puts every event in exactly one mark part and one detail part, in time order', () => {
		expect(payload.marks.flatMap((m) => m.ids)).toEqual(ids);
		expect(payload.details.flatMap((d) => d.events.map((e) => e.id))).toEqual(ids);
		// The parts follow each other with no gap and no overlap.
		let next = 0;
		for (const part of manifest.parts) {
			expect(part.first).toBe(next);
			next += part.count;
		}
		expect(next).toBe(timeline.events.length);
	});

	it('places each part in time at the earliest start and latest end of its marks, finite', () => {
		for (const part of manifest.parts) {
			const extents = timeline.events.slice(part.first, part.first + part.count).map((e) => markExtent(e.when));
			expect(Number.isFinite(part.fromMs) && Number.isFinite(part.toMs)).toBe(true);
			for (const x of extents) {
				expect(part.fromMs).toBeLessThanOrEqual(x.startMs);
				expect(part.toMs).toBeGreaterThanOrEqual(x.endMs);
			}
			expect(part.fromMs).toBe(Math.min(...extents.map((x) => x.startMs)));
			expect(part.toMs).toBe(Math.max(...extents.map((x) => x.endMs)));
		}
	});

	it('says how many events there are, which come first and last, and which statuses occur', () => {
		expect(manifest.eventCount).toBe(timeline.events.length);
		expect(manifest.firstId).toBe(ids[0] ?? null);
		expect(manifest.lastId).toBe(ids[ids.length - 1] ?? null);
		const used = new Set(timeline.events.map((e) => e.status));
		expect(new Set(manifest.statuses)).toEqual(used);
		// In the key's order.
		expect(manifest.statuses).toEqual([...manifest.statuses].sort((a, b) => STATUS_IDS.indexOf(a) - STATUS_IDS.indexOf(b)));
	});

	it('maps every id to its place in time order, in the bucket its hash names, and nothing else', () => {
		expect(payload.ids.length).toBe(manifest.idBuckets);
		const found = new Map<string, number>();
		payload.ids.forEach((bucket, b) => {
			for (const [id, order] of Object.entries(bucket.ids)) {
				expect(idBucket(id, manifest.idBuckets), id).toBe(b);
				expect(found.has(id), `${id} in two buckets`).toBe(false);
				found.set(id, order);
			}
		});
		expect(found).toEqual(new Map(ids.map((id, order) => [id, order])));
	});

	it('keeps the timeline without its events and sources in the manifest, and the sources\' ids', () => {
		const { events: _events, discrepancies: _discrepancies, sources, ...meta } = timeline;
		expect(manifest.meta).toEqual(meta);
		expect(manifest.meta).not.toHaveProperty('events');
		expect(manifest.meta).not.toHaveProperty('discrepancies');
		expect(manifest.meta).not.toHaveProperty('sources');
		expect(manifest.sourceIds).toEqual(sources.map((s) => s.id));
	});

	it('gives each lane the rows it needs, within the caps', () => {
		for (const [lane, rows] of Object.entries(manifest.rowsPerLane)) {
			expect(timeline.categories.map((c) => c.id)).toContain(lane);
			expect(rows).toBeGreaterThanOrEqual(1);
			expect(rows).toBeLessThanOrEqual(MAX_ROWS_PER_LANE);
		}
		expect(manifest.rowsAllInOne).toBeGreaterThanOrEqual(1);
		expect(manifest.rowsAllInOne).toBeLessThanOrEqual(MAX_ROWS_ALL_IN_ONE);
	});

	it('comes back whole from its sources and all its detail parts: the same sources, events and discrepancies on them', () => {
		const back = timelineOfParts(manifest.meta, sourcesFromPart(payload.sources), payload.details);
		expect(back.sources).toEqual(timeline.sources);
		expect(back.events).toEqual(timeline.events);
		const touched = new Set(timeline.events.flatMap((e) => e.discrepancies));
		const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
		expect([...back.discrepancies].sort(byId)).toEqual(timeline.discrepancies.filter((d) => touched.has(d.id)).sort(byId));
	});

	it('loses nothing in JSON: detail parts give back the events in full, Infinity and all', () => {
		const parts = payload.details.map(throughJson);
		expect(parts.flatMap((p) => p.events.map(eventFromJson))).toEqual(timeline.events);
		expect(timelineOfParts(manifest.meta, sourcesFromPart(throughJson(payload.sources)), parts).events).toEqual(timeline.events);
	});

	it('loses nothing in JSON: mark parts decode to each event\'s id, title, date, status, lane, parent and children', async () => {
		const reader = new PayloadReader(manifest, async (name) => {
			const match = /^marks-(\d+)\.json$/.exec(name);
			if (!match) throw new Error(`unexpected ${name}`);
			return throughJson(payload.marks[Number(match[1])]);
		});
		const decoded = (await Promise.all(manifest.parts.map((_, i) => reader.marks(i)))).flat();
		expect(decoded).toEqual(timeline.events.map(markOf));
	});

	it('puts in each detail part the discrepancies on its events, and the titles of linked events elsewhere', () => {
		const titleOf = new Map(timeline.events.map((e) => [e.id, e.title]));
		for (const part of payload.details) {
			const here = new Set(part.events.map((e) => e.id));
			const touching = new Set(part.events.flatMap((e) => e.discrepancies));
			expect(new Set(part.discrepancies.map((d) => d.id))).toEqual(touching);
			for (const d of part.discrepancies) expect(d).toEqual(timeline.discrepancies.find((x) => x.id === d.id));
			const linked = new Set([
				...part.events.flatMap((e) => [...(e.parent ? [e.parent] : []), ...e.children, ...e.related.map((r) => r.event)]),
				...part.discrepancies.flatMap((d) => d.events)
			]);
			const elsewhere = [...linked].filter((id) => !here.has(id));
			expect(part.titles).toEqual(Object.fromEntries(elsewhere.map((id) => [id, titleOf.get(id)])));
		}
	});
});

describe('buildPayload of generated timelines', () => {
	it('splits them into parts of the size asked for', () => {
		const timeline = generatedTimeline(41, 1);
		expect(buildPayload(timeline, 4).manifest.parts.map((p) => p.count)).toEqual([...Array(10).fill(4), 1]);
		expect(buildPayload(timeline, 41).manifest.parts.map((p) => p.count)).toEqual([41]);
	});

	it('lists only the statuses that occur', () => {
		const { statuses } = buildPayload(generatedTimeline(60, 6), 4).manifest;
		expect(statuses.every((s) => GENERATED_STATUSES.includes(s))).toBe(true);
		expect(statuses).not.toContain('proposed');
		expect(statuses).not.toContain('unassessed');
	});

	it('spreads many ids over several buckets', () => {
		const { manifest, ids } = buildPayload(syntheticTimeline(4500, 8), 500);
		expect(manifest.idBuckets).toBe(3);
		expect(ids.every((bucket) => Object.keys(bucket).length > 0)).toBe(true);
	});

	it('are made of dates as the parser makes them (the large ones move one parsed day)', () => {
		const synthetic = syntheticTimeline(800, 1, 1.5);
		for (const i of [0, 1, 2, 399, 799]) {
			const when = synthetic.events[i]?.when;
			expect(when).toEqual((parseWhen(when?.edtf ?? '') as { when: unknown }).when);
		}
	});

	it('writes marks, details and ids under the names the reader asks for', () => {
		expect([markPartName(2), detailPartName(2), idPartName(0)]).toEqual(['marks-2.json', 'details-2.json', 'ids-0.json']);
	});
});

describe('buildPayload and JSON', () => {
	// The shipped dataset has sources published "[2025-03-18..]" (latestMs +Infinity): JSON
	// turns the unbounded side into null, and the reader turns it back.
	it('keeps the sources\' open publication dates through JSON (sources.json)', () => {
		const { sources } = buildPayload(dataset);
		expect(dataset.sources.some((s) => s.published?.latestMs === Infinity)).toBe(true);
		expect(sourcesFromPart(throughJson(sources)).list).toEqual(dataset.sources);
		expect(sourcesFromPart(sources).list).toEqual(dataset.sources);
	});

	// What a page carries of a long timeline must not grow with its sources: their ids only.
	it('keeps the sources out of the manifest: their ids there, the rest in sources.json', () => {
		const { manifest, sources } = buildPayload(dataset);
		expect(manifest.sourceIds).toEqual(dataset.sources.map((s) => s.id));
		expect(JSON.stringify(manifest)).not.toContain(JSON.stringify(dataset.sources[0]?.title));
		expect(sources.stats).toHaveLength(dataset.sources.length);
	});

	it('keeps every part but the manifest through JSON as it is', () => {
		const payload = buildPayload(generatedTimeline(41, 1), 4);
		// Mark and detail parts carry their dates as WhenJson already, and id parts are plain.
		for (const part of [...payload.marks, ...payload.details, ...payload.ids]) expect(throughJson(part)).toEqual(part);
	});
});

describe('payloadPartCounts', () => {
	it('counts the parts and id buckets buildPayload makes, without building them (the prerender entries)', () => {
		for (const count of [0, 1, 10, 11, 40, 41]) {
			const payload = buildPayload(syntheticTimeline(count, 3), 10);
			const { parts, idBuckets } = payloadPartCounts(count, 10);
			expect([parts, parts, idBuckets], String(count)).toEqual([payload.marks.length, payload.details.length, payload.ids.length]);
		}
		expect(payloadPartCounts(100_000)).toEqual({ parts: 200, idBuckets: 50 });
	});
});
