import { describe, expect, it } from 'vitest';
import { readerInMemory } from '../payload/memory';
import { buildPayload } from '../payload/build';
import { PayloadReader } from '../payload/reader';
import { datasetTimeline, generatedTimeline } from '../payload/testing';
import { storyTells } from './story-tells';

describe('storyTells', () => {
	it("a story in the timeline's own order tells the events it names, and no other", () => {
		const timeline = datasetTimeline();
		const ids = timeline.events.map((e) => e.id);
		const reader = readerInMemory({ ...timeline, story: { events: [ids[5], ids[0]] as string[] } });
		expect(storyTells(reader, ids[0] as string)).toBe(true);
		expect(storyTells(reader, ids[1] as string)).toBe(false);
	});

	it('a story of every event tells what the timeline has, once its parts are loaded', () => {
		const timeline = datasetTimeline();
		const reader = readerInMemory(timeline);
		expect(storyTells(reader, timeline.events[3]?.id as string)).toBe(true);
		expect(storyTells(reader, 'no-such-event')).toBe(false);
	});

	it('cannot say without a request while the part that would hold the event is not loaded', async () => {
		const timeline = generatedTimeline(1200, 7);
		const payload = buildPayload(timeline);
		expect(payload.marks.length).toBeGreaterThan(1);
		// As on a Citeline site: the manifest at hand, each part fetched when asked for.
		const reader = new PayloadReader(payload.manifest, async (name) => payload.marks[Number(/^marks-(\d+)\.json$/.exec(name)?.[1])]);
		expect(storyTells(reader, 'no-such-event')).toBeUndefined();
		await reader.marks(0);
		expect(storyTells(reader, timeline.events[0]?.id as string)).toBe(true);
		expect(storyTells(reader, 'no-such-event')).toBeUndefined();
	});
});
