import { describe, expect, it } from 'vitest';
import { validateAll } from '../server/timelines';
import { fromTimelineJson, toTimelineJson } from '../model/timeline-json';
import { checkTimelineShape } from './timeline-shape';

const published = validateAll().map(({ slug, result }) => {
	if (!result.ok) throw new Error(`the shipped timeline ${slug} must validate`);
	return { slug, json: toTimelineJson(result.timeline) };
});
const call = published.find((p) => p.slug === '2025-03-18-putin-trump-call')!;
/** The call's events as the file lists them, so that the expected messages follow the data. */
const callEvents = (JSON.parse(call.json) as { events: { id: string }[] }).events;

/** The call's timeline.json, as the widget receives it, changed by `edit`. */
function broken(edit: (data: { events: Record<string, any>[]; [key: string]: any }) => void): unknown {
	const data = fromTimelineJson(call.json) as unknown as { events: Record<string, any>[] };
	edit(data);
	return data;
}

/** Leaves only `format` and `events`, as a hand-written file might. */
function minimal(t: Record<string, unknown>): void {
	for (const key of Object.keys(t)) if (key !== 'format' && key !== 'events') delete t[key];
}

describe('checkTimelineShape', () => {
	it.each(published.map((p) => [p.slug, p.json]))('takes the published %s as it is', (_, json) => {
		const data = fromTimelineJson(json);
		expect(checkTimelineShape(data)).toBe(data);
	});

	it.each<[string, Parameters<typeof broken>[0], string]>([
		['when: null', (t) => (t.events[1]!.when = null), 'event "phone-call" › when: is null, not an object'],
		['an unknown when.kind', (t) => (t.events[1]!.when.kind = 'sometime'), 'event "phone-call" › when.kind: is "sometime", not point, range or bounded'],
		['a point without its date', (t) => delete t.events[1]!.when.date, 'event "phone-call" › when.date: is undefined, not an object'],
		['a range end of an unknown kind', (t) => (t.events.find((e) => e.when.kind === 'range')!.when.end = { kind: 'later' }), '› when.end.kind: is "later", not date, open or unknown'],
		['a text sortMs', (t) => (t.events[1]!.when.sortMs = '2025'), 'event "phone-call" › when.sortMs: is "2025", not a time in milliseconds'],
		['a duplicated event', (t) => t.events.push(structuredClone(t.events[4]!)), `event "${callEvents[4]!.id}" › id: is used twice, by events[4] and events[${callEvents.length}]`],
		['no events', (t) => (t.events = []), 'events: the timeline has no events'],
		['no events list', (t) => delete (t as { events?: unknown }).events, 'events: is undefined, not a list'],
		['no span', (t) => delete t.span, 'span: is undefined, not an object'],
		['a minimal file with no events', (t) => (minimal(t), (t.events = [])), 'events: the timeline has no events'],
		['a minimal file with events', minimal, 'slug: is undefined, not text'],
		['no categories', (t) => delete t.categories, 'categories: is undefined, not a list'],
		['a category twice', (t) => t.categories.push(t.categories[0]), 'category "call" › id: is used twice, by categories[0] and categories[5]'],
		['an event id that is a number', (t) => (t.events[0]!.id = 7), 'events[0].id: is number 7, not text'],
		['a citation without a quote', (t) => delete t.events[1]!.citations[0].quote, 'event "phone-call" › citations[0].quote: is undefined, not text'],
		['a child listed twice', (t) => t.events[1]!.children.push(t.events[1]!.children[0]), 'event "phone-call" › children: lists "'],
		['events out of order', (t) => t.events.reverse(), 'when.sortMs: comes before the event listed above it'],
		['a list instead of the timeline', (t) => void t, '']
	])('names the event and the field for %s', (name, edit, message) => {
		const data = name === 'a list instead of the timeline' ? [] : broken(edit);
		expect(() => checkTimelineShape(data)).toThrow(message || 'the file is a list, not a timeline object');
	});
});
