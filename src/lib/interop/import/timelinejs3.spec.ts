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

describe('importTimelineJs3: what is HTML, text, a link or a colour', () => {
	const slide = (fields: Record<string, unknown>) => ({ start_date: { year: '2000' }, text: { headline: 'x' }, ...fields });
	const run = (...events: Record<string, unknown>[]) => imported(importTimelineJs3(JSON.stringify({ title: { text: { headline: 'T', text: 'S' } }, events }), 't.json', cleaner));

	it('never carries a group as raw HTML: its markup is dropped from the lane and reported', () => {
		const { timeline, problems } = run(slide({ group: '<img src=x onerror=alert(1)>Council' }), slide({ group: '<img src=x onerror=alert(1)>Council' }));
		expect(timeline.categories).toEqual([{ id: 'council', label: 'Council' }]);
		expect(problems.filter((p) => p.field === 'group')).toEqual([
			{ position: 'event 1 ("x")', field: 'group', reason: '"<img src=x onerror=alert(1)>Council" is HTML: the lane is named "Council" and its markup is not kept' }
		]);
		expectValid(timeline);
	});

	it('keeps a group without tags exactly as written, entities and all', () => {
		const { timeline, problems } = run(slide({ group: 'Fish &amp; chips' }));
		expect(timeline.categories).toEqual([{ id: 'fish-chips', label: 'Fish & chips', externalGroup: 'Fish &amp; chips' }]);
		expect(problems).toEqual([]);
	});

	it('converts a headline from HTML deliberately and says what it kept; entities alone need no word', () => {
		const { timeline, problems } = run(slide({ text: { headline: 'The <i>Titanic</i> sinks' } }), slide({ text: { headline: 'AT&amp;T' } }));
		expect(timeline.events.map((e) => e.title)).toEqual(['The Titanic sinks', 'AT&T']);
		expect(problems).toEqual([{ position: 'event 1 ("The Titanic sinks")', field: 'text.headline', reason: 'is HTML; the title is plain text, so its markup is not kept: "The Titanic sinks"' }]);
	});

	it('reports what sanitizing removed from text, captions and credits', () => {
		const { timeline, problems } = run(slide({ text: { headline: 'x', text: '<p onclick="steal()">Hi</p>' }, media: { url: 'https://x.org/a.jpg', caption: 'Cap<script>x()</script>' } }));
		expect(timeline.events[0]).toMatchObject({ textHtml: '<p>Hi</p>', media: { url: 'https://x.org/a.jpg', caption: 'Cap' } });
		expect(problems).toEqual([
			{ position: 'event 1 ("x")', field: 'text.text', reason: 'unsafe HTML removed: onclick="steal()" on <p>' },
			{ position: 'event 1 ("x")', field: 'media.caption', reason: 'unsafe HTML removed: <script>' }
		]);
	});

	it.each<[string, string, RegExp]>([
		['a relative path', 'images/a.jpg', /"images\/a\.jpg" is a relative link.*: not kept$/],
		['a javascript: link', 'javascript:alert(1)', /^a javascript: link is never followed: not kept$/],
		['a scheme hidden by a tab', 'java\tscript:alert(1)', /contains the control character U\+0009.*: not kept$/],
		['a space', 'https://x.org/a b.jpg', /contains a space.*percent-encode.*: not kept$/],
		['a quote that would close an attribute', 'https://x.org/"onerror="x', /contains """.*: not kept$/]
	])('does not keep %s as a link, and says so', (_, url, reason) => {
		const { timeline, problems } = run(slide({ media: { url: 'https://x.org/ok.jpg', thumbnail: url }, background: { url } }));
		expect(timeline.events[0]?.media).toEqual({ url: 'https://x.org/ok.jpg' });
		expect(timeline.events[0]?.background).toBeUndefined();
		expect(problems.map((p) => [p.field, p.reason])).toEqual([
			['media.thumbnail', expect.stringMatching(reason)],
			['background.url', expect.stringMatching(reason)]
		]);
	});

	it('keeps https and protocol-relative links', () => {
		const { timeline, problems } = run(slide({ media: { url: '//upload.wikimedia.org/a.jpg', link: 'HTTPS://x.org/' } }));
		expect(timeline.events[0]?.media).toEqual({ url: '//upload.wikimedia.org/a.jpg', link: 'HTTPS://x.org/' });
		expect(problems).toEqual([]);
	});

	it.each([['#F45B69'], ['#fff'], ['papayawhip'], ['Transparent']])('keeps the colour %s', (color) => {
		expect(run(slide({ background: { color } })).timeline.events[0]?.background).toEqual({ color });
	});

	it.each([['red;background:url(https://x.org/t)'], ['rgb(1,2,3)'], ['#12345'], ['</style><script>x()</script>']])('does not keep %s as a colour, and says so', (color) => {
		const { timeline, problems } = run(slide({ background: { color } }));
		expect(timeline.events[0]?.background).toBeUndefined();
		expect(problems).toEqual([{ position: 'event 1 ("x")', field: 'background.color', reason: expect.stringMatching(/is not a CSS colour .*: not kept$/) }]);
	});

	it('keeps plain-text fields as written, or not at all when they would read as HTML; a window name must be one', () => {
		const { timeline, problems } = run(slide({ media: { url: 'https://x.org/a.jpg', alt: 'x < y & z', title: '<b>Bold</b>', link_target: '_blank" onclick="x' } }));
		expect(timeline.events[0]?.media).toEqual({ url: 'https://x.org/a.jpg', alt: 'x < y & z' });
		expect(problems.map((p) => [p.field, p.reason])).toEqual([
			['media.title', '"<b>Bold</b>" would be read as HTML ("<b>"): not kept'],
			['media.link_target', '"_blank" onclick="x" is not a window name such as "_blank": not kept']
		]);
	});

	it('does not keep a display date that would read as HTML once decoded', () => {
		const { timeline, problems } = run(slide({ display_date: '&lt;b&gt;Spring' }));
		expect(timeline.events[0]?.display).toBeUndefined();
		expect(problems).toEqual([{ position: 'event 1 ("x")', field: 'display_date', reason: '"<b>Spring" would be read as HTML ("<b>"): not kept' }]);
		expectValid(timeline);
	});
});

describe('importTimelineJs3: values of the wrong kind', () => {
	const run = (...events: unknown[]) => imported(importTimelineJs3(JSON.stringify({ title: { text: { headline: 'T', text: 'S' } }, events }), 't.json', cleaner));

	it('reports an object, a list or a boolean where text belongs, instead of dropping it unseen', () => {
		const { timeline, problems } = run(
			{ start_date: { year: '2000' }, text: { headline: { en: 'Hello' }, text: ['a', 'b'] }, group: ['Council'], unique_id: { id: 1 } },
			{ start_date: { year: '2001' }, text: 'Just a string', media: { url: 'https://x.org/a.jpg', caption: { html: '<b>x</b>' }, alt: true } }
		);
		expect(timeline.events.map((e) => e.title)).toEqual(['Untitled event', 'Untitled event']);
		expect(problems.map((p) => [p.position, p.field, p.reason])).toEqual([
			['event 1', 'unique_id', 'is an object where text belongs: not kept'],
			['event 1', 'text.headline', 'is an object where text belongs: not kept'],
			['event 1', 'text.text', 'is a list where text belongs: not kept'],
			['event 1', 'text.headline', 'no headline and no text: titled "Untitled event"'],
			['event 1', 'group', 'is a list where text belongs: not kept'],
			['event 2', 'text', 'is a string, not an object: not kept'],
			['event 2', 'text.headline', 'no headline and no text: titled "Untitled event"'],
			['event 2', 'media.caption', 'is an object where text belongs: not kept'],
			['event 2', 'media.alt', 'is a boolean where text belongs: not kept']
		]);
	});
});

describe('importTimelineJs3: ids and lengths', () => {
	const run = (...events: unknown[]) => imported(importTimelineJs3(JSON.stringify({ title: { text: { headline: 'T', text: 'S' } }, events }), 't.json', cleaner));

	it('reports each unique_id renamed because another event has it: position, old id and new id', () => {
		const { timeline, problems } = run(
			{ start_date: { year: '2000' }, text: { headline: 'First' }, unique_id: 'ada' },
			{ start_date: { year: '2001' }, text: { headline: 'Second' }, unique_id: 'Ada!' },
			{ start_date: { year: '2002' }, text: { headline: 'Third' }, unique_id: 'ada' }
		);
		expect(timeline.events.map((e) => [e.id, e.externalId])).toEqual([
			['ada', undefined],
			['ada-2', 'Ada!'],
			['ada-3', 'ada']
		]);
		expect(problems).toEqual([
			{ position: 'event 2 ("Second")', field: 'unique_id', reason: '"Ada!" asks for the id "ada", which event 1 ("First") already has: this event\'s id is "ada-2", and "Ada!" is kept as its externalId' },
			{ position: 'event 3 ("Third")', field: 'unique_id', reason: '"ada" asks for the id "ada", which event 1 ("First") already has: this event\'s id is "ada-3", and "ada" is kept as its externalId' }
		]);
	});

	it.each<[string, Record<string, unknown>, string, RegExp]>([
		['headline', { headline: 'h'.repeat(1001) }, 'text.headline', /^is 1001 characters long; the limit is 1000: not imported$/],
		['text', { headline: 'Long', text: `<p>${'t'.repeat(20_001)}</p>` }, 'text.text', /^is 20001 characters long; the limit is 20000: not imported$/]
	])('reports an event whose %s is over the limit, and does not cut it', (_, text, field, reason) => {
		const { timeline, problems } = run({ start_date: { year: '2000' }, text }, { start_date: { year: '2001' }, text: { headline: 'Kept' } });
		expect(timeline.events.map((e) => e.title)).toEqual(['Kept']);
		expect(problems).toContainEqual({ position: expect.stringMatching(/^event 1/), field, reason: expect.stringMatching(reason) });
	});
});
