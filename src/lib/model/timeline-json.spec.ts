import { describe, expect, it } from 'vitest';
import { validateFolder } from '../server/timelines';
import { fromTimelineJson, toTimelineJson } from './timeline-json';

const result = validateFolder('data/timelines/2025-03-18-putin-trump-call', '2025-03-18-putin-trump-call');
if (!result.ok) throw new Error('the shipped dataset must validate');
const timeline = result.timeline;

describe('timeline.json', () => {
	it('round-trips the validated timeline exactly, unbounded instants included', () => {
		const back = fromTimelineJson(toTimelineJson(timeline));
		expect(back).toEqual(timeline);
		const vote = back.events.find((e) => e.id === 'un-joint-vote');
		expect(vote?.when.earliestMs).toBe(-Infinity);
		expect(back.events.find((e) => e.id === 'black-sea-talks')?.when.latestMs).toBe(Infinity);
	});

	it('is valid JSON with "format": 1 and null for unbounded instants', () => {
		const data = JSON.parse(toTimelineJson(timeline));
		expect(data.format).toBe(1);
		expect(data.events.find((e: { id: string }) => e.id === 'un-joint-vote').when.earliestMs).toBeNull();
	});

	it('refuses what is not a Citeline timeline', () => {
		expect(() => fromTimelineJson('{"title":"x"}')).toThrow(/format 1/);
		expect(() => fromTimelineJson('{"format":2,"events":[]}')).toThrow(/format 1/);
	});
});
