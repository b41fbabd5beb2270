import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventInput, TimelineInput } from '../../model/schema';
import { formatIssue, validateTimeline } from '../../model/validate';
import { nodeHtmlCleaner } from '../html-node';
import { importTimelineFile } from './detect';
import { importTimelineJs3 } from './timelinejs3';
import type { ImportProblem, ImportResult } from './types';

const cleaner = nodeHtmlCleaner();
const HARBOUR = readFileSync(new URL('./fixtures/harbour.timelinejs3.json', import.meta.url), 'utf8');

function imported(result: ImportResult): { timeline: TimelineInput; problems: ImportProblem[] } {
	if (!result.ok) throw new Error(`expected an import, got: ${result.reason}`);
	return result;
}

/** Imports must write what the validator accepts. */
export function expectValid(timeline: TimelineInput): void {
	const result = validateTimeline({ slug: 'imported', file: 'timeline.json', text: JSON.stringify(timeline), format: 'json', readArchive: () => undefined });
	expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
}

function byTitle(timeline: TimelineInput, title: string): EventInput {
	const found = timeline.events.find((e) => e.title === title);
	if (!found) throw new Error(`no event "${title}"`);
	return found;
}

const harbour = imported(importTimelineJs3(HARBOUR, 'harbour.json', cleaner));

describe('importTimelineJs3: the harbour fixture', () => {
	it('writes a timeline the validator accepts, unsourced and not strict', () => {
		expectValid(harbour.timeline);
		expect(harbour.timeline).toMatchObject({ format: 1, strict: false, unsourced: true, origin: { format: 'TimelineJS 3 JSON', file: 'harbour.json' }, scale: 'human' });
	});

	it('takes the title slide as title, summary and cover; no script survives', () => {
		const { timeline } = harbour;
		expect(timeline.title).toBe('The harbour works');
		expect(timeline.summary).toBe('What the council did & when.');
		expect(timeline.cover?.textHtml).toBe('<p>What the council did &amp; when.</p>');
		expect(timeline.cover?.media).toEqual({ url: 'https://example.org/harbour.jpg', caption: 'The quay', credit: '<a>Photo desk</a>' });
		expect(timeline.cover?.background).toEqual({ color: '#003366' });
	});

	it('never lets script, event handlers or javascript: links through anywhere', () => {
		const json = JSON.stringify(harbour.timeline);
		expect(json).not.toMatch(/<script|onclick|javascript:/i);
	});

	it('imports events in file order, status unassessed, HTML sanitized into textHtml and plain text into summary', () => {
		const plans = byTitle(harbour.timeline, 'Plans published');
		expect(plans).toMatchObject({
			id: 'plans',
			externalId: 'Plans!',
			summary: 'The plans went up.\nAll of them.',
			textHtml: '<p>The plans went up.<br>All of them.</p>',
			status: 'unassessed'
		});
		expect(plans.citations).toBeUndefined();
	});

	it.each<[string, string, string | undefined]>([
		['Plans published', '2021-03-09', 'Spring 2021'],
		['Works', '2022/2023-06', '2022–23'],
		['Opening', '2023-06-01T09:30:15.005Z', undefined],
		['Ides of March', '-0043-03-15', undefined]
	])('%s: when %s, display %s', (title, when, display) => {
		const event = byTitle(harbour.timeline, title);
		expect(event.when).toBe(when);
		expect(event.display).toBe(display);
	});

	it('makes lanes from groups, with one "Events" lane for events without a group', () => {
		expect(harbour.timeline.categories).toEqual([
			{ id: 'council', label: 'Council', externalGroup: 'Council' },
			{ id: 'events', label: 'Events', externalGroup: '' }
		]);
		expect(harbour.timeline.events.map((e) => e.category)).toEqual(['council', 'events', 'council', 'events', 'events']);
	});

	it('gives ids from unique_id first, else from the headline, unique, keeping a non-slug original', () => {
		expect(harbour.timeline.events.map((e) => [e.id, e.externalId])).toEqual([
			['plans', 'Plans!'],
			['works', undefined],
			['opening', undefined],
			// unique_id "plans" was asked for after "Plans!" took it: the original is kept.
			['plans-2', 'plans'],
			['works-2', undefined]
		]);
	});

	it('keeps media and background, dropping links that are not http(s), and says so', () => {
		expect(byTitle(harbour.timeline, 'Plans published').media).toEqual({
			url: 'https://youtu.be/abc',
			caption: 'Video',
			alt: 'A video',
			title: 'The meeting',
			link: 'https://example.org/m',
			linkTarget: '_blank'
		});
		expect(byTitle(harbour.timeline, 'Plans published').background).toEqual({ url: 'https://example.org/bg.jpg', opacity: 50 });
		expect(harbour.problems).toContainEqual({ position: 'event 1 ("Plans published")', field: 'media.thumbnail', reason: 'a javascript: link is never followed: not kept' });
	});

	it('imports eras that are spans and reports the rest', () => {
		expect(harbour.timeline.eras).toEqual([{ id: 'planning', title: 'Planning', when: '2020/2022', summary: 'Two years', textHtml: '<b>Two</b> years' }]);
		expect(harbour.problems).toContainEqual({ position: 'era 2', field: 'end_date', reason: 'no end date: an era is a span; not imported' });
	});

	it('reports every event it could not place, with its position, field and reason', () => {
		expect(harbour.problems).toContainEqual({ position: 'event 4 ("No date at all")', field: 'start_date', reason: 'no start date: not placed' });
		expect(harbour.problems).toContainEqual({ position: 'event 5 ("Month 13")', field: 'start_date.month', reason: 'month 13 is not between 1 and 12: not placed' });
		expect(harbour.timeline.events).toHaveLength(5);
	});

	it('says once that times were read as UTC', () => {
		expect(harbour.problems.filter((p) => p.reason.includes('read as UTC'))).toEqual([
			{ position: 'file', reason: "TimelineJS times carry no time zone (TimelineJS shows them in each reader's own zone): 1 event with a time of day read as UTC" }
		]);
	});
});

describe('importTimelineJs3: rules on small inputs', () => {
	const one = (event: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
		importTimelineJs3(JSON.stringify({ title: { text: { headline: 'T', text: 'S' } }, events: [event], ...extra }), 't.json', cleaner);

	it('reads a title slide without text as the file name and a summary saying where it came from', () => {
		const { timeline, problems } = imported(importTimelineJs3(JSON.stringify({ events: [{ start_date: { year: '2000' }, text: { headline: 'x' } }] }), 'dir/my-file.json', cleaner));
		expect(timeline.title).toBe('my-file');
		expect(timeline.summary).toBe('Imported from dir/my-file.json (TimelineJS 3 JSON).');
		expect(problems[0]).toMatchObject({ position: 'title slide', field: 'text.headline' });
	});

	it('titles an event without headline from its text, and says so', () => {
		const { timeline, problems } = imported(one({ start_date: { year: '2000' }, text: { text: '<p>Born in Florida, Missouri.</p>' } }));
		expect(timeline.events[0]).toMatchObject({ id: 'event', title: 'Born in Florida, Missouri.' });
		expect(problems).toContainEqual({ position: 'event 1', field: 'text.headline', reason: 'no headline: the title is taken from the text ("Born in Florida, Missouri.")' });
	});

	it('keeps the cosmological scale, and refuses years off the axis per event with the reason', () => {
		const result = importTimelineJs3(
			JSON.stringify({ scale: 'cosmological', events: [{ start_date: { year: '-13700000000' }, text: { headline: 'Big Bang' } }, { start_date: { year: '-3500' }, text: { headline: 'Wheel' } }] }),
			'c.json',
			cleaner
		);
		const { timeline, problems } = imported(result);
		expect(timeline.scale).toBe('cosmological');
		expect(timeline.events.map((e) => e.when)).toEqual(['-3499']);
		expect(problems).toContainEqual({
			position: 'event 1 ("Big Bang")',
			field: 'start_date.year',
			reason: 'year -13700000000 is beyond what Citeline can place on a time axis (±271,821): not placed'
		});
	});

	it('reports fields it does not keep, once per field', () => {
		const { problems } = imported(one({ start_date: { year: '2000', format: 'yyyy' }, text: { headline: 'x' }, location: { lat: 1 }, autolink: true }));
		expect(problems.filter((p) => p.position === 'file').map((p) => p.field)).toEqual(['location', 'autolink', 'start_date.format']);
	});

	it('reports a media object without a url', () => {
		const { timeline, problems } = imported(one({ start_date: { year: '2000' }, text: { headline: 'x' }, media: { url: '', caption: 'Lost?' } }));
		expect(timeline.events[0]?.media).toBeUndefined();
		expect(problems).toContainEqual({ position: 'event 1 ("x")', field: 'media.url', reason: 'media without a url: its caption not kept' });
	});

	it('sanitizes an embed code given as the media url', () => {
		const { timeline } = imported(one({ start_date: { year: '2000' }, text: { headline: 'x' }, media: { url: '<blockquote>Quote<script>x()</script></blockquote>' } }));
		expect(timeline.events[0]?.media?.url).toBe('<blockquote>Quote</blockquote>');
	});

	it.each<[string, string, string]>([
		['an empty file', '', 'e.json is empty'],
		['not JSON', '{"events": [', 'e.json is not JSON'],
		['no events list', '{"title": {}}', 'it has no "events" list'],
		['no events', '{"events": []}', 'e.json has no events'],
		['no event that can be placed', '{"events": [{"text": {"headline": "a"}}]}', 'none of the 1 events in e.json could be imported']
	])('refuses %s, writing nothing', (_, text, reason) => {
		const result = importTimelineJs3(text, 'e.json', cleaner);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toContain(reason);
	});
});

describe('importTimelineFile: detects the format', () => {
	it.each<[string, string, string, string]>([
		['TimelineJS 3', '{"events":[{"start_date":{"year":"2000"},"text":{"headline":"a"}}]}', 'a.json', 'TimelineJS 3 JSON'],
		['TimelineJS 2', '{"timeline":{"headline":"T","date":[{"startDate":"2000,1,2","headline":"a"}]}}', 'a.json', 'TimelineJS 2 JSON'],
		['a TimelineJS sheet', 'Year,Month,Day,Headline,Text\n2000,1,2,a,b\n', 'a.csv', 'TimelineJS Google Sheet (CSV)']
	])('%s', (_, text, name, format) => {
		const result = importTimelineFile(text, name, cleaner);
		expect(result.ok && result.format).toBe(format);
	});

	it('refuses JSON that is no timeline, and text that is empty', () => {
		expect(importTimelineFile('{"a": 1}', 'a.json', cleaner)).toMatchObject({ ok: false, reason: expect.stringContaining('not a timeline Citeline can import') });
		expect(importTimelineFile('  \n', 'a.json', cleaner)).toMatchObject({ ok: false, reason: 'a.json is empty' });
		expect(importTimelineFile('{"a": ', 'a.json', cleaner)).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
	});

	it('hands other CSV to the plain CSV importer', () => {
		const result = importTimelineFile('date,title,summary\n2025-03-18,Call,They spoke.\n', 'a.csv', cleaner);
		expect(result.ok && result.format).toBe('Plain CSV');
	});
});
