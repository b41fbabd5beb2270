import { beforeAll, describe, expect, it } from 'vitest';
import { parseWhen, type When } from '../model/dates';
import type { Timeline } from '../model/timeline';
import { eventFromJson, eventToJson, idBucket, whenFromJson, whenToJson } from './codec';
import { datasetTimeline } from './testing';

function parsed(edtf: string): When {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(`expected "${edtf}" to parse, got: ${result.message}`);
	return result.when;
}

/** What the browser gets: the value as it comes out of a JSON file. */
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('whenToJson / whenFromJson', () => {
	it.each([
		// edtf, earliest bound written as, latest bound written as
		['2025-03-18', 'number', 'number'],
		['2025-03', 'number', 'number'],
		['196X', 'number', 'number'],
		['2025-03-18T14:30Z', 'number', 'number'],
		['2025-03-18?', 'number', 'number'],
		['2025-03-18~', 'number', 'number'],
		['2025-03-18/2025-04-17', 'number', 'number'],
		['2025-03-18/..', 'number', 'null'],
		['2025-03-18/', 'number', 'null'],
		['../2025-03-18', 'null', 'number'],
		['/2025-03-18', 'null', 'number'],
		['[2025-03-18..]', 'number', 'null'],
		['[..2025-03-18]', 'null', 'number']
	])('%s survives JSON, with an unbounded side written as null', (edtf, earliest, latest) => {
		const when = parsed(edtf);
		const json = throughJson(whenToJson(when));
		expect(json.earliestMs === null ? 'null' : typeof json.earliestMs).toBe(earliest);
		expect(json.latestMs === null ? 'null' : typeof json.latestMs).toBe(latest);
		expect(whenFromJson(json)).toEqual(when);
	});

	it('restores -Infinity and +Infinity, not 0 or null', () => {
		const open = whenFromJson(throughJson(whenToJson(parsed('../2025-03-18'))));
		expect(open.earliestMs).toBe(-Infinity);
		const ongoing = whenFromJson(throughJson(whenToJson(parsed('2025-03-18/..'))));
		expect(ongoing.latestMs).toBe(Infinity);
	});

	it('does not change the When it is given', () => {
		const when = parsed('2025-03-18/..');
		const before = structuredClone(when);
		whenToJson(when);
		expect(when).toEqual(before);
	});
});

describe('eventToJson / eventFromJson', () => {
	let timeline: Timeline;
	beforeAll(() => {
		timeline = datasetTimeline();
	});

	it('brings every event of the shipped dataset back from JSON as it was, quotes and all', () => {
		for (const event of timeline.events) {
			expect(eventFromJson(throughJson(eventToJson(event))), event.id).toEqual(event);
		}
	});

	it('keeps every verbatim quote byte for byte', () => {
		for (const event of timeline.events) {
			const back = eventFromJson(throughJson(eventToJson(event)));
			expect(back.citations.map((c) => c.quote)).toStrictEqual(event.citations.map((c) => c.quote));
		}
	});
});

describe('idBucket', () => {
	// Published FNV-1a 32-bit test vectors: with 2^32 buckets the bucket is the hash itself.
	it.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c],
		['foobar', 0xbf9cf968]
	])('hashes %j with FNV-1a as the browser and the build must agree on', (id, hash) => {
		expect(idBucket(id, 2 ** 32)).toBe(hash);
	});

	it('is a bucket in [0, buckets) for any count, and 0 when there are no buckets', () => {
		const ids = Array.from({ length: 500 }, (_, i) => `event-${i}`);
		for (const buckets of [1, 2, 3, 7, 64]) {
			for (const id of ids) {
				const bucket = idBucket(id, buckets);
				expect(Number.isInteger(bucket) && bucket >= 0 && bucket < buckets).toBe(true);
			}
		}
		expect(idBucket('event-1', 0)).toBe(0);
	});

	it('spreads ids over every bucket', () => {
		const used = new Set(Array.from({ length: 2000 }, (_, i) => idBucket(`event-${i}`, 16)));
		expect(used.size).toBe(16);
	});
});
