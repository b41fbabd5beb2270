import { describe, expect, it } from 'vitest';
import { nodeHtmlCleaner } from '../html-node';
import { validateTimeline, formatIssue } from '../../model/validate';
import { readerInMemory } from '../../payload/memory';
import { StorySteps } from '../../story/steps';
import { storyOfSlides } from './slide-order';
import { importTimelineJs3 } from './timelinejs3';

const slide = (headline: string, start: { year: number; month?: number; day?: number }) => ({ start_date: start, text: { headline } });

describe('an imported TimelineJS timeline in story mode', () => {
	it("steps through TimelineJS's slide order: by start date, slides on the same date in the file's order", async () => {
		// The file's order is not the slides' order: TimelineJS sorts by start date.
		const file = {
			title: { text: { headline: 'Harbour', text: 'The works.' } },
			events: [
				slide('Quay opens', { year: 1816, month: 5 }),
				slide('Work begins', { year: 1815, month: 3, day: 1 }),
				slide('Storm', { year: 1815, month: 11, day: 2 }),
				slide('Crane arrives', { year: 1815, month: 11, day: 2 }),
				slide('Survey', { year: 1815 })
			]
		};
		const result = importTimelineJs3(JSON.stringify(file), 'harbour.json', nodeHtmlCleaner());
		if (!result.ok) throw new Error(result.reason);
		// Time order is the slide order here, so the import declares no story of its own.
		expect(result.timeline.story).toBeUndefined();
		const validated = validateTimeline({ slug: 'harbour', file: 'timeline.json', text: JSON.stringify(result.timeline), format: 'json', readArchive: () => undefined });
		if (!validated.ok) throw new Error(validated.issues.map(formatIssue).join('\n'));
		const steps = new StorySteps(readerInMemory(validated.timeline));
		const titles = new Map(validated.timeline.events.map((e) => [e.id, e.title]));
		const told = await Promise.all(Array.from({ length: steps.count }, (_, i) => steps.idAt(i)));
		expect(told.map((id) => titles.get(id as string))).toEqual(['Survey', 'Work begins', 'Storm', 'Crane arrives', 'Quay opens']);
	});
});

describe('storyOfSlides', () => {
	it('nothing when the slides are in time order', () => {
		expect(
			storyOfSlides([
				{ id: 'a', slideMs: 1, sortMs: 1 },
				{ id: 'b', slideMs: 1, sortMs: 1 },
				{ id: 'c', slideMs: 0, sortMs: 0 }
			])
		).toBeUndefined();
	});

	it('the slide order when Citeline places an event by another date than its start_date', () => {
		// "b" is placed by an earlier bound than the start TimelineJS sorts it by.
		expect(
			storyOfSlides([
				{ id: 'a', slideMs: 10, sortMs: 10 },
				{ id: 'b', slideMs: 20, sortMs: 5 }
			])
		).toEqual(['a', 'b']);
	});
});
