import { describe, expect, it } from 'vitest';
import { markExtent } from '../layout/extent';
import type { Timeline } from '../model/timeline';
import { buildPayload } from './build';
import { binEvents, countInWindow, denseCounts, DENSITY_BINS, prefixSums, type BinInput } from './density';
import { datasetTimeline, generatedTimeline, random } from './testing';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('binEvents', () => {
	const next = random(7);
	const items: BinInput[] = Array.from({ length: 300 }, () => ({ lane: ['a', 'b', 'c'][Math.floor(next() * 3)] as string, atMs: Math.floor(next() * 1_000_000) }));

	it.each([1, 2, 10, 64, DENSITY_BINS])('with %i bins counts every item once, in its lane, with bins ascending and in range', (bins) => {
		const density = binEvents(items, 0, 1_000_000, bins);
		expect(density.bins).toBe(bins);
		expect(sum(denseCounts(density))).toBe(items.length);
		for (const lane of ['a', 'b', 'c']) {
			expect(sum(denseCounts(density, [lane])), lane).toBe(items.filter((x) => x.lane === lane).length);
			const pairs = density.byLane[lane] ?? [];
			const binsListed = pairs.filter((_, i) => i % 2 === 0);
			expect(binsListed).toEqual([...binsListed].sort((x, y) => x - y));
			expect(new Set(binsListed).size).toBe(binsListed.length);
			expect(binsListed.every((b) => Number.isInteger(b) && b >= 0 && b < bins)).toBe(true);
		}
	});

	it('puts each item in the bin that holds its instant', () => {
		const density = binEvents(items, 0, 1_000_000, 100);
		const counts = denseCounts(density);
		const expected = new Float64Array(100);
		for (const { atMs } of items) expected[Math.floor(atMs / 10_000)] = (expected[Math.floor(atMs / 10_000)] as number) + 1;
		expect(Array.from(counts)).toEqual(Array.from(expected));
	});

	it('counts items outside the span in the edge bins rather than losing them', () => {
		const density = binEvents([{ lane: 'a', atMs: -5 }, { lane: 'a', atMs: 50 }, { lane: 'a', atMs: 500 }], 0, 100, 10);
		expect(density.byLane.a).toEqual([0, 1, 5, 1, 9, 1]);
	});

	it('lists no lane that has no items, and counts nothing for an unknown lane', () => {
		const density = binEvents([{ lane: 'a', atMs: 1 }], 0, 10, 4);
		expect(Object.keys(density.byLane)).toEqual(['a']);
		expect(sum(denseCounts(density, ['nope']))).toBe(0);
	});
});

describe('prefixSums', () => {
	it('holds at i the sum of the first i counts', () => {
		const next = random(3);
		const counts = Float64Array.from({ length: 50 }, () => Math.floor(next() * 5));
		const prefix = prefixSums(counts);
		expect(prefix.length).toBe(counts.length + 1);
		for (let i = 0; i <= counts.length; i++) expect(prefix[i]).toBe(sum(counts.subarray(0, i)));
	});
});

/** Where an event is counted: its mark's anchor. */
const anchors = (timeline: Timeline) => timeline.events.map((e) => ({ lane: e.category, atMs: markExtent(e.when).anchorMs }));

describe.each([
	['the shipped dataset', () => datasetTimeline()],
	['a generated timeline of 400 events', () => generatedTimeline(400, 11)],
	['a generated timeline of 3 events', () => generatedTimeline(3, 5)]
])('the density of %s', (_, make) => {
	const timeline = make();
	const { density } = buildPayload(timeline, 4).manifest;
	const counts = denseCounts(density);
	const prefix = prefixSums(counts);
	const events = anchors(timeline);
	const span = { from: density.originMs, to: density.originMs + density.binMs * density.bins };

	it('counts every event once, in its lane', () => {
		expect(sum(counts)).toBe(timeline.events.length);
		for (const lane of timeline.categories.map((c) => c.id)) {
			expect(sum(denseCounts(density, [lane])), lane).toBe(events.filter((e) => e.lane === lane).length);
		}
	});

	it('gives the whole count over the whole span', () => {
		expect(countInWindow(density, prefix, span.from, span.to)).toBe(timeline.events.length);
		expect(countInWindow(density, prefix, span.from - 1e12, span.to + 1e12)).toBe(timeline.events.length);
	});

	it('gives nothing for a window wholly before or after the events', () => {
		expect(countInWindow(density, prefix, span.from - 2e9, span.from - 1e9)).toBe(0);
		expect(countInWindow(density, prefix, span.to + 1e9, span.to + 2e9)).toBe(0);
	});

	it('over any window, counts at least the events anchored in it and at most those plus its two edge bins', () => {
		const next = random(timeline.events.length);
		const width = span.to - span.from;
		for (let trial = 0; trial < 500; trial++) {
			const a = span.from - width * 0.1 + next() * width * 1.2;
			const b = a + next() * width * (trial % 2 ? 0.02 : 0.5);
			const exact = events.filter((e) => e.atMs >= a && e.atMs <= b).length;
			const counted = countInWindow(density, prefix, a, b);
			const binOf = (ms: number) => Math.min(Math.max(Math.floor((ms - density.originMs) / density.binMs), 0), density.bins - 1);
			const edges = (counts[binOf(a)] as number) + (counts[binOf(b)] as number);
			expect(counted, `window [${a}, ${b}]`).toBeGreaterThanOrEqual(exact);
			expect(counted, `window [${a}, ${b}]`).toBeLessThanOrEqual(exact + edges);
		}
	});
});
