import { describe, expect, it } from 'vitest';
import { validatedTimeline } from '../interop/export/testing';
import { markExtent } from '../layout/extent';
import { buildEventIndex } from '../layout/visible';
import type { Timeline } from '../model/timeline';
import { payloadFile } from '../server/payload';
import { buildPayload, type Payload } from './build';
import { readerInMemory } from './memory';
import { detailPartName, fetchFrom, idPartName, markPartName, PayloadReader, readerFromPage, SOURCES_PART, timelineOfParts, type FetchPart } from './reader';
import { datasetTimeline, generatedTimeline, random } from './testing';
import { PAYLOAD_VERSION } from './types';

/** What the browser gets: the value as it comes out of a JSON file. */
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A fetch of the payload's files, as JSON, that remembers what it was asked for. */
function servedFrom(payload: Payload): FetchPart & { asked: string[] } {
	const asked: string[] = [];
	const fetchPart = async (name: string) => {
		asked.push(name);
		const part = payloadFile(payload, name);
		if (part === undefined) throw new Error(`no part ${name}`);
		return throughJson(part);
	};
	return Object.assign(fetchPart, { asked });
}

function readerOf(timeline: Timeline, partSize = 4) {
	const payload = buildPayload(timeline, partSize);
	const fetchPart = servedFrom(payload);
	return { payload, fetchPart, reader: new PayloadReader(payload.manifest, fetchPart) };
}

// Event 5 is called "constructor", a valid slug that is also a name every object inherits.
const timeline = generatedTimeline(41, 1, { ids: { 5: 'constructor' } });

describe('PayloadReader.partAt', () => {
	it.each([1, 3, 4, 41, 100])('finds the part that holds every event, %i to a part', (partSize) => {
		const { reader, payload } = readerOf(timeline, partSize);
		timeline.events.forEach((event, order) => {
			const part = reader.partAt(order);
			expect(payload.marks[part]?.ids, `order ${order}`).toContain(event.id);
		});
	});
});

describe('PayloadReader.partsMeeting', () => {
	const { reader, payload } = readerOf(timeline);
	const parts = payload.manifest.parts;
	const from = Math.min(...parts.map((p) => p.fromMs));
	const to = Math.max(...parts.map((p) => p.toMs));

	it('returns exactly the parts whose span meets the window, in order, for many windows', () => {
		const next = random(99);
		for (let trial = 0; trial < 2000; trial++) {
			const a = from - (to - from) * 0.1 + next() * (to - from) * 1.2;
			const b = a + next() * (to - from) * (trial % 3 === 0 ? 0.001 : trial % 3 === 1 ? 0.05 : 0.6);
			const expected = parts.flatMap((p, i) => (p.fromMs <= b && p.toMs >= a ? [i] : []));
			expect(reader.partsMeeting(a, b), `window [${a}, ${b}]`).toEqual(expected);
		}
	});

	it('never misses a part with an event whose mark meets the window', () => {
		const next = random(100);
		for (let trial = 0; trial < 2000; trial++) {
			const a = from + next() * (to - from);
			const b = a + next() * (to - from) * 0.05;
			const found = new Set(reader.partsMeeting(a, b));
			timeline.events.forEach((event, order) => {
				const x = markExtent(event.when);
				if (x.endMs >= a && x.startMs <= b) expect(found.has(reader.partAt(order)), `${event.id} in [${a}, ${b}]`).toBe(true);
			});
		}
	});

	it('includes the parts that touch a window at one instant, and none for a window off the events', () => {
		const last = parts.length - 1;
		expect(reader.partsMeeting(to, to + 1e9)).toContain(parts.findIndex((p) => p.toMs === to));
		expect(reader.partsMeeting(from - 1e9, from)).toContain(parts.findIndex((p) => p.fromMs === from));
		expect(reader.partsMeeting(to + 1, to + 1e9)).toEqual([]);
		expect(reader.partsMeeting(from - 1e9, from - 1)).toEqual([]);
		expect(reader.partsMeeting(from, to)).toEqual(parts.map((_, i) => i));
		expect(last).toBeGreaterThan(5);
	});
});

describe('PayloadReader.orderOf', () => {
	it('gives every event its place in time order', async () => {
		const { reader } = readerOf(timeline);
		for (const [order, event] of timeline.events.entries()) expect(await reader.orderOf(event.id)).toBe(order);
	});

	it('finds an event called "constructor" where it stands', async () => {
		const { reader } = readerOf(timeline);
		expect(await reader.orderOf('constructor')).toBe(timeline.events.findIndex((e) => e.id === 'constructor'));
	});

	it.each(['no-such-event', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''])('gives undefined for %j, which no event is called', async (id) => {
		const { reader } = readerOf(generatedTimeline(12, 2));
		expect(await reader.orderOf(id)).toBeUndefined();
	});

	// An id part carries no version, but the reader refuses any part whose "version" is not
	// PAYLOAD_VERSION (reader.ts #load): an event called "version" (a valid slug) at any place
	// but 1 makes its whole id bucket unreadable, and with it every deep link into that bucket.
	it('finds events when one of them is called "version"', async () => {
		const withVersion = generatedTimeline(12, 2, { ids: { 7: 'version' } });
		const { reader } = readerOf(withVersion);
		const order = withVersion.events.findIndex((e) => e.id === 'version');
		expect(order).not.toBe(PAYLOAD_VERSION);
		expect(await reader.orderOf('version')).toBe(order);
		expect(await reader.orderOf(withVersion.events[0]?.id ?? '')).toBe(0);
	});
});

describe('PayloadReader.details', () => {
	it('gives each event in full, with its discrepancies and the titles of every event it links to', async () => {
		const { reader, payload } = readerOf(timeline);
		const titleOf = new Map(timeline.events.map((e) => [e.id, e.title]));
		let linksOutsideThePart = 0;
		for (const [order, event] of timeline.events.entries()) {
			const details = await reader.details(event.id);
			expect(details?.event, event.id).toEqual(event);
			expect(details?.discrepancies).toEqual(timeline.discrepancies.filter((d) => event.discrepancies.includes(d.id)));
			const linked = [
				...(event.parent ? [event.parent] : []),
				...event.children,
				...event.related.map((r) => r.event),
				...timeline.discrepancies.filter((d) => event.discrepancies.includes(d.id)).flatMap((d) => d.events)
			];
			const here = payload.marks[reader.partAt(order)]?.ids ?? [];
			for (const id of linked) {
				expect(details?.titleOf(id), `${event.id} → ${id}`).toBe(titleOf.get(id));
				if (!here.includes(id)) linksOutsideThePart++;
			}
		}
		// The generated timeline links across parts, so the titles above came from part.titles too.
		expect(linksOutsideThePart).toBeGreaterThan(5);
	});

	it('gives the event with an open date back with Infinity, from JSON', async () => {
		const { reader } = readerOf(timeline);
		const ongoing = timeline.events.find((e) => e.when.edtf === '2025-03-18/..');
		const onOrAfter = timeline.events.find((e) => e.when.edtf === '[2025-03-18..]');
		expect((await reader.details(ongoing?.id ?? ''))?.event.when.latestMs).toBe(Infinity);
		expect((await reader.details(onOrAfter?.id ?? ''))?.event.when.latestMs).toBe(Infinity);
	});

	it('gives undefined for an id no event has, and for an order that does not hold the id', async () => {
		const { reader } = readerOf(timeline);
		expect(await reader.details('no-such-event')).toBeUndefined();
		expect(await reader.details('__proto__')).toBeUndefined();
		const last = timeline.events.length - 1;
		expect(await reader.details(timeline.events[0]?.id ?? '', last)).toBeUndefined();
	});

	it('loads only the detail part and the sources when it is told the order, and each part once', async () => {
		const { reader, fetchPart } = readerOf(timeline);
		const event = timeline.events[9];
		const [details] = await Promise.all([reader.details(event?.id ?? '', 9), reader.details(event?.id ?? '', 9)]);
		expect(fetchPart.asked.sort()).toEqual([detailPartName(reader.partAt(9)), SOURCES_PART].sort());
		await reader.details(timeline.events[10]?.id ?? '', 10);
		expect(fetchPart.asked).toHaveLength(2);
		// The sources come with the details, for the event's quotes.
		const cited = event?.citations[0]?.source;
		if (cited !== undefined) expect(details?.sources.get(cited)).toEqual(timeline.sources.find((s) => s.id === cited));
	});

	it('has the details at hand synchronously once their part is loaded, and not before', async () => {
		const { reader } = readerOf(timeline);
		const event = timeline.events[13];
		expect(reader.detailsIfReady(event?.id ?? '', 13)).toBeUndefined();
		await reader.details(event?.id ?? '', 13);
		expect(reader.detailsIfReady(event?.id ?? '', 13)?.event).toEqual(event);
	});

	// titleOf is typed to return a string and falls back to the id; part.titles is a plain
	// object, so an unknown id that names an Object.prototype member returns that member.
	it('titleOf falls back to the id itself for an id it has no title for, "constructor" included', async () => {
		const plain = generatedTimeline(12, 2);
		const { reader } = readerOf(plain);
		const details = await reader.details(plain.events[0]?.id ?? '');
		expect(details?.titleOf('not-linked')).toBe('not-linked');
		expect(details?.titleOf('constructor')).toBe('constructor');
	});
});

describe('PayloadReader.marks', () => {
	it('fetches a part once however often it is asked, and has it at hand after', async () => {
		const { reader, fetchPart } = readerOf(timeline);
		expect(reader.marksIfReady(2)).toBeUndefined();
		const [a, b] = await Promise.all([reader.marks(2), reader.marks(2)]);
		expect(a).toBe(b);
		expect(fetchPart.asked).toEqual([markPartName(2)]);
		expect(reader.marksIfReady(2)).toBe(a);
		expect(a.map((m) => m.id)).toEqual(timeline.events.slice(8, 12).map((e) => e.id));
	});

	it('fetches again a part whose fetch failed, rather than keeping the failure', async () => {
		const payload = buildPayload(timeline, 4);
		let failures = 1;
		const asked: string[] = [];
		const reader = new PayloadReader(payload.manifest, async (name) => {
			asked.push(name);
			if (failures-- > 0) throw new Error('network down');
			return throughJson(payloadFile(payload, name));
		});
		await expect(reader.marks(1)).rejects.toThrow('network down');
		expect(reader.marksIfReady(1)).toBeUndefined();
		const marks = await reader.marks(1);
		expect(marks.map((m) => m.id)).toEqual(payload.marks[1]?.ids);
		expect(asked).toEqual([markPartName(1), markPartName(1)]);
	});

	it.each([
		['marks', (r: PayloadReader) => r.marks(0), markPartName(0)],
		['details', (r: PayloadReader) => r.details(timeline.events[0]?.id ?? '', 0), detailPartName(0)],
		['parts for export', (r: PayloadReader) => r.eventsInParts([0]), detailPartName(0)]
	])('refuses %s of another payload version, naming the file, and tries again later', async (_, load, name) => {
		const payload = buildPayload(timeline, 4);
		let version = PAYLOAD_VERSION + 1;
		const reader = new PayloadReader(payload.manifest, async (asked) => ({ ...throughJson(payloadFile(payload, asked) as object), version }));
		await expect(load(reader)).rejects.toThrow(`${name}: payload version ${PAYLOAD_VERSION + 1}, expected ${PAYLOAD_VERSION}`);
		version = PAYLOAD_VERSION;
		await expect(load(reader)).resolves.toBeDefined();
	});
});

describe('seeded parts', () => {
	it('draws and opens seeded parts without any request', async () => {
		const { payload, fetchPart } = readerOf(timeline);
		const reader = new PayloadReader(payload.manifest, fetchPart);
		reader.seed(markPartName(0), payload.marks[0]);
		reader.seed(detailPartName(0), payload.details[0]);
		reader.seed(SOURCES_PART, payload.sources);
		const first = timeline.events[0];
		expect(reader.marksIfReady(0)?.map((m) => m.id)).toEqual(payload.marks[0]?.ids);
		expect(reader.detailsIfReady(first?.id ?? '', 0)?.event).toEqual(first);
		expect((await reader.details(first?.id ?? '', 0))?.event).toEqual(first);
		expect(fetchPart.asked).toEqual([]);
	});

	it('readerFromPage fetches what the page does not carry from <base>/<name>', async () => {
		const payload = buildPayload(timeline, 4);
		const urls: string[] = [];
		const fakeFetch = (async (url: string) => {
			urls.push(url);
			const part = payloadFile(payload, url.replace('/t/generated/payload/', ''));
			return new Response(JSON.stringify(part), { status: part === undefined ? 404 : 200 });
		}) as typeof fetch;
		const reader = readerFromPage({ manifest: payload.manifest, seeds: { [markPartName(0)]: payload.marks[0], [idPartName(0)]: payload.ids[0] } }, '/t/generated/payload', fakeFetch);
		await reader.marks(0);
		const last = timeline.events.length - 1;
		expect(await reader.orderOf(timeline.events[last]?.id ?? '')).toBe(last);
		expect(urls).toEqual([]);
		expect((await reader.marks(3)).map((m) => m.id)).toEqual(payload.marks[3]?.ids);
		expect(urls).toEqual(['/t/generated/payload/marks-3.json']);
	});
});

describe('fetchFrom', () => {
	it('fetches <base>/<name> and gives its JSON', async () => {
		const urls: string[] = [];
		const fakeFetch = (async (url: string) => {
			urls.push(url);
			return new Response('{"version":1,"ids":["a"]}', { status: 200 });
		}) as typeof fetch;
		expect(await fetchFrom('/t/x/payload', fakeFetch)('marks-0.json')).toEqual({ version: 1, ids: ['a'] });
		expect(urls).toEqual(['/t/x/payload/marks-0.json']);
	});

	it.each([404, 500])('throws on HTTP %i, naming the URL', async (status) => {
		const fakeFetch = (async () => new Response('Not found', { status })) as unknown as typeof fetch;
		await expect(fetchFrom('/t/x/payload', fakeFetch)('details-7.json')).rejects.toThrow(`/t/x/payload/details-7.json: HTTP ${status}`);
	});
});

describe('timelineOfParts', () => {
	it('gives back the events of the parts asked for, in time order', async () => {
		const { reader, payload } = readerOf(timeline);
		const parts = await reader.eventsInParts([2, 3]);
		const back = timelineOfParts(payload.manifest.meta, await reader.sources(), parts);
		expect(back.events).toEqual(timeline.events.slice(8, 16));
		expect(back.title).toBe(timeline.title);
	});

	it('gives back the whole shipped dataset from all its parts, one part or many', async () => {
		const dataset = datasetTimeline();
		for (const partSize of [3, 500]) {
			const { reader, payload } = readerOf(dataset, partSize);
			const back = timelineOfParts(payload.manifest.meta, await reader.sources(), await reader.eventsInParts(payload.manifest.parts.map((_, i) => i)));
			expect(back.events).toEqual(dataset.events);
			expect(back.discrepancies).toEqual(dataset.discrepancies);
		}
	});

	// Discrepancies come back in the timeline's own order, as timeline.json and the author's file list them.
	it('gives back the discrepancies in the timeline\'s own order, not the order their events are reached', async () => {
		// "later" is listed first but bears on the last event; "earlier" on the first.
		const ordered = validatedTimeline({
			title: 'Order',
			summary: 's',
			unsourced: true,
			categories: [{ id: 'talks', label: 'Talks' }],
			sources: [{ id: 'wire', title: 'Wire', publisher: 'Wire' }],
			events: ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01'].map((when, i) => ({ id: `e-${i}`, title: `E ${i}`, when, status: 'happened' as const, category: 'talks' })),
			discrepancies: [
				{ id: 'later', title: 'Later', note: 'n', claims: [{ source: 'wire', quote: 'a' }, { source: 'wire', quote: 'b' }], events: ['e-4'] },
				{ id: 'earlier', title: 'Earlier', note: 'n', claims: [{ source: 'wire', quote: 'c' }, { source: 'wire', quote: 'd' }], events: ['e-0'] }
			]
		});
		const { reader, payload } = readerOf(ordered, 2);
		const back = timelineOfParts(payload.manifest.meta, await reader.sources(), await reader.eventsInParts(payload.manifest.parts.map((_, i) => i)));
		expect(back.discrepancies.map((d) => d.id)).toEqual(['later', 'earlier']);
	});

	// The whole timeline, as the explorer exports it (state/timeline-data.svelte.ts timeline()),
	// is timelineOfParts over every detail part plus the manifest's discrepancies that name no
	// event (the schema makes "events" optional), which no detail part carries.
	it('gives back a discrepancy that names no event, from all the parts', async () => {
		const { reader, payload } = readerOf(timeline);
		expect(timeline.discrepancies.map((d) => d.id)).toContain('no-event-dispute');
		const back = timelineOfParts(payload.manifest.meta, await reader.sources(), await reader.eventsInParts(payload.manifest.parts.map((_, i) => i)), payload.manifest);
		expect(back.events).toEqual(timeline.events);
		expect(back.discrepancies).toEqual(timeline.discrepancies);
	});
});

describe('readerInMemory', () => {
	it('shows a timeline made on the spot through the same parts, with no request', async () => {
		const dataset = datasetTimeline();
		const reader = readerInMemory(dataset);
		for (const [order, event] of dataset.events.entries()) {
			expect(await reader.orderOf(event.id)).toBe(order);
			expect((await reader.details(event.id))?.event).toEqual(event);
		}
		expect(reader.marksIfReady(0)?.map((m) => m.id)).toEqual(dataset.events.map((e) => e.id));
	});
});

describe('buildEventIndex over some loaded parts', () => {
	it('knows each loaded event by its place in the whole timeline, and finds them in a window', async () => {
		const { reader, payload } = readerOf(timeline);
		const loaded = [3, 7];
		const marks = await Promise.all(loaded.map((p) => reader.marks(p)));
		const orders = loaded.flatMap((p, i) => (marks[i] ?? []).map((_, j) => (payload.manifest.parts[p]?.first ?? 0) + j));
		const index = buildEventIndex(marks.flat(), (i) => orders[i] as number);
		for (const item of index.items) expect(timeline.events[item.order]?.id).toBe(item.event.id);
		const inParts = new Set(orders.map((o) => timeline.events[o]?.id));
		const part = payload.manifest.parts[7];
		const found = index.within(part?.fromMs ?? 0, part?.toMs ?? 0).map((x) => x.event.id);
		const expected = timeline.events.filter((e) => {
			const x = markExtent(e.when);
			return inParts.has(e.id) && x.endMs >= (part?.fromMs ?? 0) && x.startMs <= (part?.toMs ?? 0);
		});
		expect(new Set(found)).toEqual(new Set(expected.map((e) => e.id)));
		expect(found).toEqual(expect.arrayContaining(payload.marks[7]?.ids ?? []));
	});
});
