import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale';
import { parseWhen, type When } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import { estimateLabelPx, layoutScene, type Scene, type SceneOptions } from './scene';
import { buildEventIndex } from './visible';

function parsed(edtf: string): When {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(`expected "${edtf}" to parse, got: ${result.message}`);
	return result.when;
}

function event(id: string, edtf: string, category: string, family: { parent?: string; children?: string[] } = {}): TimelineEvent {
	return {
		id,
		title: `Event ${id}`,
		summary: '',
		when: parsed(edtf),
		status: 'happened',
		category,
		actors: [],
		citations: [],
		...(family.parent === undefined ? {} : { parent: family.parent }),
		children: family.children ?? [],
		related: [],
		discrepancies: []
	};
}

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

/** A small timeline in time order (as the model sorts it): talks with two reported parts. */
const events = [
	event('early', '2025-01-05', 'statements'),
	// 10–30 March: 21 days.
	event('negotiations', '2025-03-10/2025-03-30', 'talks', { children: ['call', 'memo'] }),
	event('call', '2025-03-18', 'talks', { parent: 'negotiations' }),
	event('memo', '2025-03-20?', 'statements', { parent: 'negotiations' }),
	event('ceasefire', '2025-03-25/..', 'military'),
	event('later', '2025-06-01', 'statements')
];
const index = buildEventIndex(events);

const WIDTH_PX = 1000;
/** March 2025 across 1000 px: 31 days, about 32.3 px a day; the negotiations are about 677 px wide. */
const march = timeScale([utc(2025, 3, 1), utc(2025, 4, 1)], [0, WIDTH_PX]);
/** 2024 and 2025 across 1000 px: 731 days; the negotiations are about 29 px wide. */
const twoYears = timeScale([utc(2024, 1, 1), utc(2026, 1, 1)], [0, WIDTH_PX]);

function scene(options: Partial<SceneOptions> = {}): Scene {
	return layoutScene({
		index,
		scale: march,
		widthPx: WIDTH_PX,
		rowsPerLane: () => 2,
		pinned: new Set(),
		expanded: new Set(),
		labelPx: (item) => estimateLabelPx(item.event.title),
		...options
	});
}

const ids = (s: Scene) => s.marks.map((m) => m.item.event.id);
const markOf = (s: Scene, id: string) => {
	const found = s.marks.find((m) => m.item.event.id === id);
	if (!found) throw new Error(`no mark for ${id} in [${ids(s).join(', ')}]`);
	return found;
};

describe('layoutScene: what is in view', () => {
	it('draws the events in and near the window, in time order', () => {
		const s = scene();
		// early (5 January) and later (1 June) are far beyond the 240 px overscan (about 7 days).
		expect(ids(s)).toEqual(['negotiations', 'call', 'memo', 'ceasefire']);
		expect(s.overflow).toEqual([]);
	});

	it('keeps marks within the overscan, to let them slide in', () => {
		// 26 January to 27 February: 32 days, 31.25 px a day. The negotiations start on 10 March,
		// 11 days (about 344 px) beyond the right edge: outside the default 240 px, inside 400 px.
		const before = timeScale([utc(2025, 1, 26), utc(2025, 2, 27)], [0, WIDTH_PX]);
		expect(ids(scene({ scale: before }))).toEqual([]);
		expect(ids(scene({ scale: before, overscanPx: 400 }))).toEqual(['negotiations']);
		expect(ids(scene({ scale: before, overscanPx: 0 }))).toEqual([]);
	});

	it('always draws a pinned event, even far outside the window, still in time order', () => {
		expect(ids(scene({ pinned: new Set(['later']) }))).toEqual(['negotiations', 'call', 'memo', 'ceasefire', 'later']);
		// A pinned event before the window is found last but drawn first.
		expect(ids(scene({ pinned: new Set(['early', 'later']) }))).toEqual(['early', 'negotiations', 'call', 'memo', 'ceasefire', 'later']);
		// An unknown id (a stale link) is ignored.
		expect(ids(scene({ pinned: new Set(['nope']) }))).toEqual(['negotiations', 'call', 'memo', 'ceasefire']);
	});

	it('numbers marks by time order', () => {
		const s = scene({ pinned: new Set(['early', 'later']) });
		expect(s.marks.map((m) => m.item.order)).toEqual([0, 1, 2, 3, 4, 5]);
	});
});

describe('layoutScene: children show whenever they fit', () => {
	it('over two years, where the parent is ~29 px wide but the lanes have room, every child shows with its label', () => {
		const s = scene({ scale: twoYears });
		expect(ids(s)).toEqual(['early', 'negotiations', 'call', 'memo', 'ceasefire', 'later']);
		expect(s.marks.every((m) => m.hiddenChildren === 0)).toBe(true);
		expect(s.marks.find((m) => m.item.event.id === 'call')?.showLabel).toBe(true);
		expect(s.overflow).toEqual([]);
		expect(s.hints).toEqual([]);
	});

	it('folds them again when the lanes are too crowded for them (one row a lane)', () => {
		const s = scene({ scale: twoYears, rowsPerLane: () => 1 });
		expect(ids(s)).not.toContain('call');
		expect(markOf(s, 'negotiations').hiddenChildren).toBe(2);
	});
});

/**
 * A crowded family: talks (10–30 March) with three topics on 18 March in a lane of one row.
 * Showing all three would collapse two into "+2 more", so the parent's width decides.
 */
const crowded = buildEventIndex([
	event('talks', '2025-03-10/2025-03-30', 'talks', { children: ['t1', 't2', 't3'] }),
	event('t1', '2025-03-18', 'topics', { parent: 'talks' }),
	event('t2', '2025-03-18', 'topics', { parent: 'talks' }),
	event('t3', '2025-03-18', 'topics', { parent: 'talks' })
]);
const crowdedScene = (options: Partial<SceneOptions> = {}) => scene({ index: crowded, rowsPerLane: () => 1, ...options });

describe('layoutScene: where children would crowd the lanes, they show when their parent is wide enough', () => {
	const cases: Array<{ name: string; options: Partial<SceneOptions>; shown: string[]; hiddenChildren: number }> = [
		{ name: 'March across the view: the parent is ~677 px wide', options: {}, shown: ['talks', 't1'], hiddenChildren: 0 },
		{ name: 'two years across the view: the parent is ~29 px wide', options: { scale: twoYears }, shown: ['talks'], hiddenChildren: 3 },
		{ name: 'two years, parent opened', options: { scale: twoYears, expanded: new Set(['talks']) }, shown: ['talks', 't1'], hiddenChildren: 0 },
		{ name: 'two years, one child pinned: it shows, its two siblings stay folded', options: { scale: twoYears, pinned: new Set(['t2']) }, shown: ['talks', 't2'], hiddenChildren: 2 },
		{ name: 'March, with a threshold above the parent’s width', options: { revealChildrenPx: 700 }, shown: ['talks'], hiddenChildren: 3 },
		{ name: 'March, with a threshold just below it', options: { revealChildrenPx: 650 }, shown: ['talks', 't1'], hiddenChildren: 0 }
	];

	it.each(cases)('$name', ({ options, shown, hiddenChildren }) => {
		const s = crowdedScene(options);
		expect(ids(s)).toEqual(shown);
		expect(markOf(s, 'talks').hiddenChildren).toBe(hiddenChildren);
	});

	it('a folded parent does not count the children the filters leave out', () => {
		// The reader filtered t1 away: the index the chart lays out holds the other three.
		const filtered = buildEventIndex([
			event('talks', '2025-03-10/2025-03-30', 'talks', { children: ['t1', 't2', 't3'] }),
			event('t2', '2025-03-18', 'topics', { parent: 'talks' }),
			event('t3', '2025-03-18', 'topics', { parent: 'talks' })
		]);
		const folded = { index: filtered, scale: twoYears };
		expect(markOf(crowdedScene({ ...folded, filteredOut: (id) => id === 't1' }), 'talks').hiddenChildren).toBe(2);
		// Without word of the filters, a child missing from the view counts, as one out of view does.
		expect(markOf(crowdedScene(folded), 'talks').hiddenChildren).toBe(3);
	});

	it('the parent’s width on screen is what decides', () => {
		const widthPx = march(utc(2025, 3, 31) - 1) - march(utc(2025, 3, 10));
		// 21 of 31 days of 1000 px.
		expect(widthPx).toBeCloseTo((21 / 31) * 1000, 3);
		expect(ids(crowdedScene({ revealChildrenPx: widthPx }))).toContain('t1');
		expect(ids(crowdedScene({ revealChildrenPx: widthPx + 0.01 }))).not.toContain('t1');
	});
});

describe('layoutScene: geometry', () => {
	const s = scene();
	const pxPerDay = WIDTH_PX / 31;

	it('puts a day at its place on the scale, with its marker at midday', () => {
		const call = markOf(s, 'call');
		// 18 March is 17 days after 1 March.
		expect(call.x0).toBeCloseTo(17 * pxPerDay, 6);
		expect(call.x1).toBeCloseTo(18 * pxPerDay, 3);
		expect(call.anchorX).toBeCloseTo(17.5 * pxPerDay, 3);
		expect([call.startEdge, call.endEdge]).toEqual(['sharp', 'sharp']);
	});

	it('draws a range from its start to the end of its last day, anchored at its start', () => {
		const parent = markOf(s, 'negotiations');
		expect(parent.x0).toBeCloseTo(9 * pxPerDay, 6);
		expect(parent.x1).toBeCloseTo(30 * pxPerDay, 3);
		expect(parent.anchorX).toBe(parent.x0);
	});

	it('passes on how each end is drawn', () => {
		expect([markOf(s, 'memo').startEdge, markOf(s, 'memo').endEdge]).toEqual(['soft', 'soft']);
		const ceasefire = markOf(s, 'ceasefire');
		expect([ceasefire.startEdge, ceasefire.endEdge]).toEqual(['sharp', 'open']);
		// Ongoing: the finite part is its first day.
		expect(ceasefire.x1 - ceasefire.x0).toBeCloseTo(pxPerDay, 3);
	});

	it('puts each event in its category’s lane, packed into rows', () => {
		expect(s.marks.map((m) => [m.item.event.id, m.lane, m.row, m.showLabel])).toEqual([
			['negotiations', 'talks', 0, true],
			// The call sits on the negotiations bar: the next row of the same lane.
			['call', 'talks', 1, true],
			['memo', 'statements', 0, true],
			['ceasefire', 'military', 0, true]
		]);
	});

	it('collapses what does not fit into overflow clusters, never the pinned event', () => {
		// One row per lane: the call collides with its parent's bar.
		const tight = scene({ rowsPerLane: () => 1 });
		expect(ids(tight)).toEqual(['negotiations', 'memo', 'ceasefire']);
		expect(tight.overflow.map((c) => [c.lane, c.ids])).toEqual([['talks', ['call']]]);
		// Pinned, the call is placed first and its parent goes to the cluster instead.
		const pinned = scene({ rowsPerLane: () => 1, pinned: new Set(['call']) });
		expect(ids(pinned)).toEqual(['call', 'memo', 'ceasefire']);
		expect(pinned.overflow.map((c) => [c.lane, c.ids])).toEqual([['talks', ['negotiations']]]);
	});
});

describe('estimateLabelPx', () => {
	it('grows with the text', () => {
		const widths = ['', 'Call', 'Phone call', 'Phone call between the presidents'].map((t) => estimateLabelPx(t));
		expect(widths[0]).toBe(12);
		// 4 characters of 13 px at ~0.56 em each: ceil(29.12) + 12 padding.
		expect(widths[1]).toBe(42);
		for (let i = 1; i < widths.length; i++) expect(widths[i] as number).toBeGreaterThan(widths[i - 1] as number);
	});

	it('scales with the font size', () => {
		expect(estimateLabelPx('Phone call', 26)).toBeGreaterThan(estimateLabelPx('Phone call', 13));
	});

	it('is capped, so a long title cannot take a whole row', () => {
		const long = 'A'.repeat(500);
		expect(estimateLabelPx(long)).toBe(320);
		expect(estimateLabelPx(long, 13, 200)).toBe(200);
		// Just under the cap, the estimate itself.
		expect(estimateLabelPx('A'.repeat(40))).toBe(Math.ceil(40 * 13 * 0.56) + 12);
		expect(estimateLabelPx('A'.repeat(40))).toBeLessThan(320);
	});
});

describe('layoutScene: lane hints', () => {
	it('names the folded parent in a lane that would otherwise look empty', () => {
		// Over two years the crowded topics fold into "talks", and their lane holds nothing else.
		const s = crowdedScene({ scale: twoYears });
		expect(s.marks.map((m) => m.item.event.id)).toEqual(['talks']);
		expect(s.hints).toEqual([{ lane: 'topics', parentId: 'talks', count: 3 }]);
	});

	it('says nothing in a lane that shows marks of its own', () => {
		// Over two years "early" and "later" are drawn in the statements lane.
		const s = scene({ scale: twoYears });
		expect(s.marks.map((m) => m.item.event.id)).toContain('early');
		expect(s.hints).toEqual([]);
	});

	it('says nothing once the children show', () => {
		expect(scene().hints).toEqual([]);
	});
});
