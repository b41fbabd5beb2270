import { describe, expect, it } from 'vitest';
import { readerInMemory } from '../payload/memory';
import { datasetTimeline, generatedTimeline } from '../payload/testing';
import { StorySteps } from './steps';

describe('StorySteps', () => {
	it('without a story of its own, tells every event in time order', async () => {
		const timeline = datasetTimeline();
		const steps = new StorySteps(readerInMemory(timeline));
		expect(steps.declared).toBe(false);
		expect(steps.count).toBe(timeline.events.length);
		const told = await Promise.all(timeline.events.map((_, i) => steps.idAt(i)));
		expect(told).toEqual(timeline.events.map((e) => e.id));
		for (const [i, event] of timeline.events.entries()) expect(await steps.indexOf(event.id)).toBe(i);
		expect(await steps.idAt(-1)).toBeUndefined();
		expect(await steps.idAt(timeline.events.length)).toBeUndefined();
		expect(await steps.indexOf('no-such-event')).toBeUndefined();
	});

	it('reads a long timeline part by part: the step after a part boundary comes from the next part', async () => {
		const timeline = generatedTimeline(1200, 7);
		const steps = new StorySteps(readerInMemory(timeline));
		for (const at of [0, 499, 500, 1199]) {
			const id = timeline.events[at]?.id as string;
			expect(await steps.idAt(at)).toBe(id);
			expect(await steps.indexOf(id)).toBe(at);
		}
	});

	it("follows the timeline's own story: its order, and only the events it names", async () => {
		const timeline = datasetTimeline();
		const ids = timeline.events.map((e) => e.id);
		const story = [ids[5], ids[0], ids[12]] as string[];
		const steps = new StorySteps(readerInMemory({ ...timeline, story: { events: story } }));
		expect(steps.declared).toBe(true);
		expect(steps.count).toBe(3);
		expect(await Promise.all([0, 1, 2, 3].map((i) => steps.idAt(i)))).toEqual([...story, undefined]);
		expect(await steps.indexOf(ids[12] as string)).toBe(2);
		expect(await steps.indexOf(ids[1] as string)).toBeUndefined();
	});
});
