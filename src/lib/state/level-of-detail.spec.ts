/**
 * The level of detail over a 3,000-event timeline held in memory (every part at hand): the
 * whole span is density, a hundred days are marks, and what the filters and the pins leave.
 */
import { describe, expect, it } from 'vitest';
import { readerInMemory } from '../payload/memory';
import { syntheticTimeline } from '../payload/testing';
import { denseCounts } from '../payload/density';
import { NO_FILTERS } from '../search/filters';
import { defaultWindow } from '../layout/time-scale';
import { Finder } from './finder.svelte';
import { LevelOfDetail, MARKS_LIMIT } from './level-of-detail.svelte';
import { TimelineData } from './timeline-data.svelte';
import { Viewport } from './viewport.svelte';

const DAY_MS = 86_400_000;
const timeline = syntheticTimeline(3000, 7);

function widget(pinned: ReadonlySet<string> = new Set()) {
	const reader = readerInMemory(timeline);
	const data = new TimelineData(reader);
	const viewport = new Viewport(defaultWindow(reader.manifest.meta.span));
	viewport.widthPx = 1000;
	const finder = new Finder(reader);
	return { data, viewport, finder, lod: new LevelOfDetail(data, viewport, finder, () => pinned) };
}

describe('LevelOfDetail', () => {
	it('draws the whole span as density and keeps every mark out of the scene', () => {
		const { lod } = widget();
		expect(lod.nearCount).toBeGreaterThan(MARKS_LIMIT);
		expect(lod.level).toBe('density');
		expect(lod.sceneIndex.items).toEqual([]);
		expect(denseCounts(lod.density!).reduce((a, b) => a + b, 0)).toBe(3000);
	});

	it('switches to marks when the view and its margins hold few enough events', () => {
		const { viewport, lod } = widget();
		const start = timeline.events[1000]!.when.sortMs;
		viewport.goTo(start, start + 100 * DAY_MS);
		// 100 days in view and 25 on each side: one event a day.
		expect(lod.nearCount).toBeGreaterThanOrEqual(150);
		expect(lod.nearCount).toBeLessThanOrEqual(152);
		expect(lod.level).toBe('marks');
		expect(lod.density).toBeUndefined();
		expect(lod.inViewCount).toBeGreaterThanOrEqual(100);
		expect(lod.inViewCount).toBeLessThanOrEqual(102);
		expect(lod.sceneIndex.within(start, start + 100 * DAY_MS).length).toBe(lod.inViewCount);
	});

	it('keeps the open and the focused event as marks in density, so focus and details survive', () => {
		const { lod } = widget(new Set(['e-42', 'e-2999']));
		expect(lod.level).toBe('density');
		expect(lod.sceneIndex.items.map((item) => item.event.id)).toEqual(['e-42', 'e-2999']);
	});

	it('leaves out what the filters leave out, in the marks and in the density', async () => {
		const { finder, lod } = widget();
		const lane = timeline.events[0]!.category;
		finder.setFilters({ ...NO_FILTERS, lanes: [lane] });
		await finder.loadFacets();
		const inLane = timeline.events.filter((e) => e.category === lane).length;
		expect(lod.shownIndex.items.length).toBe(inLane);
		expect(lod.shownIndex.items.every((item) => item.event.category === lane)).toBe(true);
		expect(denseCounts(lod.density!).reduce((a, b) => a + b, 0)).toBe(inLane);
	});
});
