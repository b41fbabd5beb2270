import { describe, expect, it } from 'vitest';
import { packLanes, rowsNeededPerLane, type PackInput, type PackResult } from './lanes';
import { seededRandom as random } from '../testing/seeded-random';

/** Defaults of packLanes, restated so that the expectations below can be reasoned out. */
const GAP_PX = 6;
const RADIUS_PX = 7;

const range = (id: string, x0: number, x1: number, labelPx: number, extra: Partial<PackInput> = {}): PackInput => ({ id, lane: 'talks', x0, x1, labelPx, ...extra });
const point = (id: string, x: number, labelPx: number, extra: Partial<PackInput> = {}): PackInput => ({ id, lane: 'talks', x0: x, x1: x, labelPx, ...extra });

/**
 * What a placed mark occupies in its row, px: a point's marker is 2 × radius wide and its label
 * starts 4 px right of it; a range's label starts at its left edge and may run past its end.
 */
function footprint(item: PackInput, showLabel: boolean): [number, number] {
	if (item.x0 === item.x1) {
		const right = item.x0 + RADIUS_PX;
		return [item.x0 - RADIUS_PX, showLabel ? right + 4 + item.labelPx : right];
	}
	return [item.x0, showLabel ? Math.max(item.x1, item.x0 + item.labelPx) : item.x1];
}

const rowsOf = (result: PackResult) => Object.fromEntries(result.placed.map((p) => [p.id, p.row]));
const labelsOf = (result: PackResult) => Object.fromEntries(result.placed.map((p) => [p.id, p.showLabel]));
const rows = (n: number) => () => n;

describe('packLanes', () => {
	it('puts marks that do not overlap, labels included, in row 0', () => {
		const items = [
			// [0, 100] with a short label inside the bar.
			range('a', 0, 100, 50),
			// Starts exactly one gap after a ends.
			range('b', 100 + GAP_PX, 200, 60),
			// A point at 300: marker [293, 307], label to 307 + 4 + 80 = 391.
			point('c', 300, 80),
			// Marker starts at 404 - 7 = 397 = 391 + gap.
			point('d', 404, 30)
		];
		const result = packLanes(items, { rowsPerLane: rows(3) });
		expect(rowsOf(result)).toEqual({ a: 0, b: 0, c: 0, d: 0 });
		expect(labelsOf(result)).toEqual({ a: true, b: true, c: true, d: true });
		expect(result.overflow).toEqual([]);
	});

	it('moves a mark down a row when a neighbour is closer than the gap, or its label is in the way', () => {
		const items = [
			range('a', 0, 100, 50),
			// One pixel short of the gap.
			range('b', 100 + GAP_PX - 1, 200, 60),
			// Clear of a in row 0: marker [243, 257], label to 257 + 4 + 100 = 361.
			point('c', 250, 100),
			// Its marker [293, 307] is clear of c's marker, but not of c's label: row 1, after b (ends 200).
			point('d', 300, 20)
		];
		const result = packLanes(items, { rowsPerLane: rows(3) });
		expect(rowsOf(result)).toEqual({ a: 0, b: 1, c: 0, d: 1 });
		expect(Object.values(labelsOf(result)).every(Boolean)).toBe(true);
	});

	it('stacks overlapping ranges into successive rows, and reuses a row once it is free', () => {
		const items = [range('a', 0, 100, 40), range('b', 50, 150, 40), range('c', 80, 200, 40), range('d', 160, 300, 40)];
		const result = packLanes(items, { rowsPerLane: rows(3) });
		// d starts at 160: row 0 (a ends at 100) is free again; so is row 1 (b ends at 150 + 6 = 156).
		expect(rowsOf(result)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
		expect(result.overflow).toEqual([]);
	});

	it('packs each lane on its own', () => {
		const items = [range('a', 0, 100, 40), range('b', 0, 100, 40, { lane: 'statements' }), range('c', 50, 150, 40, { lane: 'statements' })];
		const result = packLanes(items, { rowsPerLane: (lane) => (lane === 'talks' ? 1 : 2) });
		expect(result.placed.map((p) => [p.id, p.lane, p.row])).toEqual([
			['a', 'talks', 0],
			['b', 'statements', 0],
			['c', 'statements', 1]
		]);
	});

	it('when the rows run out, places a mark without its label if the mark alone fits', () => {
		// The pinned (selected) event is placed first, at 300: marker [293, 307], label to 411.
		const selected = point('selected', 300, 100, { pinned: true });
		// Left of it: its marker [243, 257] clears the selected marker by 36 px, but its label (to 311) would run into it.
		const before = point('before', 250, 50);
		// Further left, with room for its label (ends at 157 + 4 + 60 = 221 < 243 - 6).
		const early = point('early', 150, 60);
		const result = packLanes([early, before, selected], { rowsPerLane: rows(1) });
		expect(result.placed.map((p) => [p.id, p.row, p.showLabel])).toEqual([
			['selected', 0, true],
			['early', 0, true],
			['before', 0, false]
		]);
		expect(result.overflow).toEqual([]);
	});

	it('prefers a lower row with room for the label over an unlabelled mark in a higher one', () => {
		const selected = point('selected', 300, 100, { pinned: true });
		const before = point('before', 250, 50);
		const result = packLanes([before, selected], { rowsPerLane: rows(2) });
		expect(result.placed.map((p) => [p.id, p.row, p.showLabel])).toEqual([
			['selected', 0, true],
			['before', 1, true]
		]);
	});

	it('collapses a mark into an overflow cluster when not even the mark fits', () => {
		const items = [range('a', 0, 100, 40), range('b', 50, 150, 40), point('c', 90, 20)];
		const result = packLanes(items, { rowsPerLane: rows(2) });
		expect(rowsOf(result)).toEqual({ a: 0, b: 1 });
		expect(result.overflow).toEqual([{ lane: 'talks', x0: 90, x1: 90, ids: ['c'] }]);
	});

	it('merges nearby hidden marks into one cluster, and keeps far ones apart', () => {
		// One long bar fills the only row; everything else is hidden.
		const bar = range('bar', 0, 1000, 40);
		const hidden = [
			point('h1', 100, 20),
			point('h2', 120, 20),
			range('h3', 140, 150, 20),
			// Exactly the cluster gap (40 px) after the cluster's right end (150): joins it.
			point('h4', 190, 20),
			// 41 px after 190: starts a new cluster.
			point('h5', 231, 20),
			range('h6', 240, 400, 20),
			// Far away.
			point('h7', 900, 20)
		];
		// Given out of order: clusters follow x, not input order.
		const result = packLanes([bar, ...[...hidden].reverse()], { rowsPerLane: rows(1) });
		expect(result.placed.map((p) => p.id)).toEqual(['bar']);
		expect(result.overflow).toEqual([
			{ lane: 'talks', x0: 100, x1: 190, ids: ['h1', 'h2', 'h3', 'h4'] },
			{ lane: 'talks', x0: 231, x1: 400, ids: ['h5', 'h6'] },
			{ lane: 'talks', x0: 900, x1: 900, ids: ['h7'] }
		]);
	});

	it('widens the cluster gap on request, and never merges across lanes', () => {
		const items = [
			range('bar', 0, 1000, 40),
			range('bar2', 0, 1000, 40, { lane: 'statements' }),
			point('a', 100, 20),
			point('b', 200, 20),
			point('c', 150, 20, { lane: 'statements' })
		];
		const result = packLanes(items, { rowsPerLane: rows(1), clusterGapPx: 100 });
		expect(result.overflow).toEqual([
			{ lane: 'talks', x0: 100, x1: 200, ids: ['a', 'b'] },
			{ lane: 'statements', x0: 150, x1: 150, ids: ['c'] }
		]);
	});

	it('places pinned marks first, so they are never collapsed', () => {
		const items = [range('a', 0, 100, 40), range('b', 10, 110, 40), point('selected', 50, 80, { pinned: true })];
		const result = packLanes(items, { rowsPerLane: rows(2) });
		// The selected point takes row 0 with its label; a goes below it; b no longer fits and collapses.
		expect(result.placed.map((p) => [p.id, p.row, p.showLabel])).toEqual([
			['selected', 0, true],
			['a', 1, true]
		]);
		expect(result.overflow.map((c) => c.ids)).toEqual([['b']]);
	});

	it('places pinned marks even when there is no room at all', () => {
		const items = [point('selected', 50, 80, { pinned: true }), point('focused', 52, 80, { pinned: true }), point('other', 54, 80)];
		const result = packLanes(items, { rowsPerLane: rows(1) });
		const placed = Object.fromEntries(result.placed.map((p) => [p.id, p]));
		expect(placed['selected']).toMatchObject({ row: 0, showLabel: true });
		// The second pinned mark is forced into row 0 without its label rather than hidden.
		expect(placed['focused']).toMatchObject({ row: 0, showLabel: false });
		expect(result.overflow.map((c) => c.ids)).toEqual([['other']]);
	});

	it('places nothing twice and loses nothing', () => {
		const items = [range('a', 0, 100, 40), range('b', 0, 100, 40), range('c', 0, 100, 40)];
		const result = packLanes(items, { rowsPerLane: rows(2) });
		const ids = [...result.placed.map((p) => p.id), ...result.overflow.flatMap((c) => c.ids)];
		expect(ids.sort()).toEqual(['a', 'b', 'c']);
	});
});


function generate(seed: number, count: number, pinnedShare: number): PackInput[] {
	const rand = random(seed);
	const lanes = ['talks', 'statements', 'military'];
	return Array.from({ length: count }, (_, i) => {
		const x0 = Math.round(rand() * 2000 * 10) / 10;
		const isPoint = rand() < 0.6;
		return {
			id: `e${i}`,
			lane: lanes[Math.floor(rand() * lanes.length)] as string,
			x0,
			x1: isPoint ? x0 : x0 + 1 + rand() * 300,
			labelPx: 30 + rand() * 250,
			pinned: rand() < pinnedShare
		};
	});
}

const intersects = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

describe('packLanes: properties over generated sets', () => {
	const seeds = [1, 2, 3, 42, 2025, 318];

	it.each(seeds)('seed %i, no pinned marks: nothing in a row overlaps, gap included', (seed) => {
		const items = generate(seed, 300, 0);
		const byId = new Map(items.map((i) => [i.id, i]));
		const result = packLanes(items, { rowsPerLane: (lane) => (lane === 'talks' ? 3 : 2) });
		expect(result.placed.length).toBeGreaterThan(20);
		expect(result.overflow.length).toBeGreaterThan(0);
		const boxes = result.placed.map((p) => ({ ...p, box: footprint(byId.get(p.id) as PackInput, p.showLabel) }));
		const clashes: string[] = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]] as [(typeof boxes)[number], (typeof boxes)[number]];
				if (a.lane !== b.lane || a.row !== b.row) continue;
				// Widen one side by the gap: footprints must be at least that far apart.
				if (intersects([a.box[0], a.box[1] + GAP_PX - 1e-9], b.box) || intersects([b.box[0], b.box[1] + GAP_PX - 1e-9], a.box)) {
					clashes.push(`${a.id} ${JSON.stringify(a.box)} / ${b.id} ${JSON.stringify(b.box)} in ${a.lane} row ${a.row}`);
				}
			}
		}
		expect(clashes).toEqual([]);
		expect(result.placed.every((p) => p.row >= 0 && p.row < (p.lane === 'talks' ? 3 : 2))).toBe(true);
	});

	it.each(seeds)('seed %i, some pinned: labelled marks never overlap, pinned are all placed, nothing lost', (seed) => {
		const items = generate(seed, 300, 0.05);
		const byId = new Map(items.map((i) => [i.id, i]));
		const result = packLanes(items, { rowsPerLane: rows(2) });

		const labelled = result.placed.filter((p) => p.showLabel).map((p) => ({ ...p, box: footprint(byId.get(p.id) as PackInput, true) }));
		const clashes: string[] = [];
		for (let i = 0; i < labelled.length; i++) {
			for (let j = i + 1; j < labelled.length; j++) {
				const [a, b] = [labelled[i], labelled[j]] as [(typeof labelled)[number], (typeof labelled)[number]];
				if (a.lane === b.lane && a.row === b.row && intersects(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
			}
		}
		expect(clashes).toEqual([]);

		const placedIds = new Set(result.placed.map((p) => p.id));
		for (const item of items.filter((i) => i.pinned)) expect(placedIds.has(item.id), item.id).toBe(true);

		// Every item is placed or in exactly one cluster of its own lane; clusters span their marks.
		const clustered = result.overflow.flatMap((c) => c.ids);
		expect([...placedIds, ...clustered].sort()).toEqual(items.map((i) => i.id).sort());
		for (const cluster of result.overflow) {
			for (const id of cluster.ids) {
				const item = byId.get(id) as PackInput;
				expect(item.lane).toBe(cluster.lane);
				expect(item.x0).toBeGreaterThanOrEqual(cluster.x0);
				expect(item.x1).toBeLessThanOrEqual(cluster.x1);
			}
		}
		// Clusters in one lane are more than the cluster gap apart.
		for (const lane of new Set(result.overflow.map((c) => c.lane))) {
			const clusters = result.overflow.filter((c) => c.lane === lane);
			for (let i = 1; i < clusters.length; i++) {
				expect((clusters[i]?.x0 as number) - (clusters[i - 1]?.x1 as number)).toBeGreaterThan(40);
			}
		}
	});
});

describe('rowsNeededPerLane', () => {
	const cases: Array<{ name: string; items: Array<{ lane: string; startMs: number; endMs: number }>; max: number; expected: Record<string, number> }> = [
		{ name: 'one event', items: [{ lane: 'a', startMs: 0, endMs: 10 }], max: 3, expected: { a: 1 } },
		{
			name: 'a chain of pairwise overlaps needs two rows, not three',
			items: [
				{ lane: 'a', startMs: 0, endMs: 10 },
				{ lane: 'a', startMs: 5, endMs: 15 },
				{ lane: 'a', startMs: 12, endMs: 20 }
			],
			max: 5,
			expected: { a: 2 }
		},
		{
			name: 'three at one instant need three',
			items: [
				{ lane: 'a', startMs: 0, endMs: 10 },
				{ lane: 'a', startMs: 5, endMs: 15 },
				{ lane: 'a', startMs: 8, endMs: 20 }
			],
			max: 5,
			expected: { a: 3 }
		},
		{
			name: 'touching extents count as overlapping',
			items: [
				{ lane: 'a', startMs: 0, endMs: 10 },
				{ lane: 'a', startMs: 10, endMs: 20 }
			],
			max: 5,
			expected: { a: 2 }
		},
		{
			name: 'disjoint extents share a row',
			items: [
				{ lane: 'a', startMs: 0, endMs: 10 },
				{ lane: 'a', startMs: 11, endMs: 20 },
				{ lane: 'a', startMs: 21, endMs: 30 }
			],
			max: 5,
			expected: { a: 1 }
		},
		{
			name: 'instants at the same moment',
			items: [
				{ lane: 'a', startMs: 5, endMs: 5 },
				{ lane: 'a', startMs: 5, endMs: 5 }
			],
			max: 5,
			expected: { a: 2 }
		},
		{
			name: 'capped at the maximum',
			items: Array.from({ length: 6 }, (_, i) => ({ lane: 'a', startMs: i, endMs: 100 })),
			max: 3,
			expected: { a: 3 }
		},
		{
			name: 'each lane counted on its own',
			items: [
				{ lane: 'a', startMs: 0, endMs: 10 },
				{ lane: 'b', startMs: 0, endMs: 10 },
				{ lane: 'b', startMs: 2, endMs: 8 },
				{ lane: 'c', startMs: 0, endMs: 10 }
			],
			max: 3,
			expected: { a: 1, b: 2, c: 1 }
		},
		{ name: 'no events, no lanes', items: [], max: 3, expected: {} }
	];

	it.each(cases)('$name', ({ items, max, expected }) => {
		expect(Object.fromEntries(rowsNeededPerLane(items, max))).toEqual(expected);
	});

	it('agrees with counting overlaps at every start, on generated extents', () => {
		const rand = random(99);
		const items = Array.from({ length: 400 }, () => {
			const startMs = Math.floor(rand() * 10_000);
			return { lane: rand() < 0.5 ? 'a' : 'b', startMs, endMs: startMs + Math.floor(rand() * 300) };
		});
		// The most that overlap is reached at some event's start.
		const brute = (lane: string) => {
			const inLane = items.filter((i) => i.lane === lane);
			return Math.max(...inLane.map((i) => inLane.filter((j) => j.startMs <= i.startMs && j.endMs >= i.startMs).length));
		};
		const rows = rowsNeededPerLane(items, 1000);
		expect(rows.get('a')).toBe(brute('a'));
		expect(rows.get('b')).toBe(brute('b'));
		expect(rows.get('a')).toBeGreaterThan(1);
	});
});
