import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../model/dates';
import type { EventInput } from '../../model/schema';
import { calendarSpanOf, eventLink, toIcs } from './ics';
import { validatedTimeline } from './testing';

const ms = (iso: string) => Date.parse(iso);

function span(edtf: string) {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(result.message);
	return calendarSpanOf(result.when);
}

describe('calendarSpanOf', () => {
	it.each([
		['a day: that day', '2025-03-19', true, '2025-03-19', '2025-03-20'],
		['an uncertain day: that day', '2025-03-19?', true, '2025-03-19', '2025-03-20'],
		['a month: the whole month', '2025-02', true, '2025-02-01', '2025-03-01'],
		['a year: the whole year', '2024', true, '2024-01-01', '2025-01-01'],
		['a range of days: to the end of its last day', '2025-03-18/2025-04-17~', true, '2025-03-18', '2025-04-18'],
		['a range of months', '2025-03/2025-05', true, '2025-03-01', '2025-06-01'],
		['a time: that minute', '2025-03-18T10:00Z', false, '2025-03-18T10:00:00Z', '2025-03-18T10:01:00Z'],
		['a time with an offset, in UTC', '2025-03-18T13:00:30+03:00', false, '2025-03-18T10:00:30Z', '2025-03-18T10:00:31Z'],
		['a timed range', '2025-03-18T10:00Z/2025-03-18T12:00Z', false, '2025-03-18T10:00:00Z', '2025-03-18T12:01:00Z'],
		['a range from a time to a day: timed, to the end of the day', '2025-03-18T10:00Z/2025-03-19', false, '2025-03-18T10:00:00Z', '2025-03-20T00:00:00Z'],
		['an ongoing range: its start only', '2025-03-18/..', true, '2025-03-18', '2025-03-19'],
		['a range whose end is not reported: its start only', '2025-03-18/', true, '2025-03-18', '2025-03-19']
	])('%s (%s)', (_, edtf, allDay, start, end) => {
		expect(span(edtf)).toEqual({ allDay, startMs: ms(start), endMs: ms(end) });
	});

	it.each([
		['[2025-03-18..]', /exact date is not reported \(on or after 2025-03-18\)/],
		['[..2025-03-18]', /exact date is not reported \(on or before 2025-03-18\)/],
		['../2025-03-18', /start is not reported/],
		['/2025-03-18', /start is not reported/],
		['-0500', /outside the years 1–9999/]
	])('leaves out %s, with the reason', (edtf, reason) => {
		expect(span(edtf)).toEqual({ reason: expect.stringMatching(reason) });
	});
});

/** RFC 5545 unfolding: a line break followed by a space or tab continues the line. */
function unfold(ics: string): string[] {
	return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** The VEVENTs as property maps (name with parameters → value). */
function vevents(ics: string): Array<Map<string, string>> {
	const events: Array<Map<string, string>> = [];
	let current: Map<string, string> | undefined;
	for (const line of unfold(ics)) {
		if (line === 'BEGIN:VEVENT') current = new Map();
		else if (line === 'END:VEVENT' && current) events.push(current), (current = undefined);
		else if (current) {
			const colon = line.indexOf(':');
			current.set(line.slice(0, colon), line.slice(colon + 1));
		}
	}
	return events;
}

/** TEXT values: \n is a line break, \, \; \\ are escaped. */
function unescapeText(value: string | undefined): string {
	return (value ?? '').replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function event(id: string, when: string, fields: Partial<EventInput> = {}): EventInput {
	return { id, title: `Title of ${id}`, summary: `About ${id}; with a comma, too.`, when, status: 'happened', category: 'talks', ...fields };
}

const ARCHIVE = 'Russia will hand over 175 prisoners on March 19.';
const timeline = validatedTimeline(
	{
		title: 'Calendar test',
		summary: 'A few events.',
		timeZone: 'Europe/Moscow',
		categories: [{ id: 'talks', label: 'Talks' }],
		sources: [
			{ id: 'report', title: 'Report', publisher: null, archive: 'sources/report.txt' },
			{ id: 'wire', title: null, publisher: 'Wire', url: 'https://example.org/wire' }
		],
		events: [
			event('exchange', '2025-03-19', { citations: [{ source: 'report', quote: 'Russia will hand over 175 prisoners' }, { source: 'wire', quote: 'An unverified line.' }] }),
			event('meeting', '2025-03-18T10:00Z', { citations: [{ source: 'wire', quote: 'They met.' }] }),
			event('later', '[2025-03-18..]', { citations: [{ source: 'report', quote: 'on March 19' }] })
		]
	},
	{ 'sources/report.txt': ARCHIVE },
	'call'
);

describe('toIcs', () => {
	const { ics, leftOut } = toIcs(timeline, { baseUrl: 'https://citeline.example/', stampMs: ms('2025-04-01T12:00:00Z') });
	const byUid = new Map(vevents(ics).map((e) => [e.get('UID'), e]));
	const exchange = byUid.get('exchange@call.citeline');
	const meeting = byUid.get('meeting@call.citeline');

	it('writes one VEVENT per event a calendar can hold, and lists the others with why', () => {
		expect(vevents(ics)).toHaveLength(2);
		expect(leftOut).toEqual([{ id: 'later', reason: expect.stringMatching(/on or after 2025-03-18/) }]);
		expect(unfold(ics)).toContain('X-WR-CALNAME:Calendar test');
	});

	it('makes a day an all-day entry, and a time of day a timed entry in UTC', () => {
		expect(exchange?.get('DTSTART;VALUE=DATE')).toBe('20250319');
		expect(exchange?.get('DTEND;VALUE=DATE')).toBe('20250320');
		expect(meeting?.get('DTSTART')).toBe('20250318T100000Z');
		expect(meeting?.get('DTEND')).toBe('20250318T100100Z');
	});

	it('has a stable UID, the title as SUMMARY, the lane as CATEGORIES and the given DTSTAMP', () => {
		expect(exchange?.get('UID')).toBe('exchange@call.citeline');
		expect(unescapeText(exchange?.get('SUMMARY'))).toBe('Title of exchange');
		expect(exchange?.get('CATEGORIES')).toBe('Talks');
		expect(exchange?.get('DTSTAMP')).toBe('20250401T120000Z');
	});

	it('describes the date in words, the summary, each quote with its source, and the Citeline link', () => {
		expect(unescapeText(exchange?.get('DESCRIPTION'))).toBe(
			[
				'19 March 2025',
				'About exchange; with a comma, too.',
				'“Russia will hand over 175 prisoners”\n— Report',
				'“An unverified line.”\n— Untitled report (https://example.org/wire) [not verified]',
				'In Citeline: https://citeline.example/t/call?event=exchange'
			].join('\n\n')
		);
		// A time of day is said in the timeline's zone.
		expect(unescapeText(meeting?.get('DESCRIPTION'))).toMatch(/^18 March 2025, 13:00 GMT\+3\n\n/);
	});

	it('links the first source with a URL, and the event in Citeline when no source has one', () => {
		expect(exchange?.get('URL')).toBe('https://example.org/wire');
		const noUrl = validatedTimeline(
			{
				title: 'No links',
				summary: 's',
				categories: [{ id: 'talks', label: 'Talks' }],
				sources: [{ id: 'report', title: 'Report', publisher: null, archive: 'sources/report.txt' }],
				events: [event('exchange', '2025-03-19', { citations: [{ source: 'report', quote: 'Russia will hand over' }] })]
			},
			{ 'sources/report.txt': ARCHIVE },
			'call'
		);
		expect(vevents(toIcs(noUrl, { baseUrl: 'https://citeline.example' }).ics)[0]?.get('URL')).toBe('https://citeline.example/t/call?event=exchange');
		expect(vevents(toIcs(noUrl).ics)[0]?.has('URL')).toBe(false);
	});

	it('folds long lines at 75 octets', () => {
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('writes a valid empty calendar when no event has a date a calendar can hold', () => {
		const none = validatedTimeline({ title: 'Only bounds', summary: 's', unsourced: true, categories: [{ id: 'talks', label: 'Talks' }], events: [event('later', '[2025-03-18..]')] });
		const result = toIcs(none);
		expect(result.ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n[\s\S]*END:VCALENDAR\r\n$/);
		expect(vevents(result.ics)).toEqual([]);
		expect(result.leftOut.map((e) => e.id)).toEqual(['later']);
	});
});

describe('eventLink', () => {
	it.each([
		['https://citeline.example', 'https://citeline.example/t/call?event=exchange'],
		['https://citeline.example/', 'https://citeline.example/t/call?event=exchange'],
		['https://example.org/timelines/', 'https://example.org/timelines/t/call?event=exchange']
	])('from %s', (base, link) => expect(eventLink(base, 'call', 'exchange')).toBe(link));
});

/**
 * A strict reading of the file: ical.js parses it (as a calendar application would), and
 * every physical line is checked against RFC 5545 itself: at most 75 octets (3.1), CRLF
 * only, no control characters, and every TEXT value made only of TSAFE characters and the
 * escapes \\ \; \, \n (3.3.11), with commas unescaped only between CATEGORIES values.
 */
function strictlyRead(ics: string) {
	const physical = ics.split('\r\n');
	expect(physical.at(-1)).toBe('');
	for (const line of physical.slice(0, -1)) {
		expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
		expect(line, 'a bare CR or LF').not.toMatch(/[\r\n]/);
		// A line ending in half a surrogate pair would be a split UTF-8 sequence once encoded.
		expect(line.isWellFormed(), line).toBe(true);
	}
	const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'CATEGORIES', 'X-WR-CALNAME', 'UID', 'PRODID']);
	for (const line of unfold(ics).slice(0, -1)) {
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).split(';')[0] as string;
		const value = line.slice(colon + 1);
		expect(value, `${name} holds a control character`).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
		if (!TEXT_PROPERTIES.has(name)) continue;
		const text = name === 'CATEGORIES' ? /^(?:[^\\;,]|\\[\\;,nN])*(?:,(?:[^\\;,]|\\[\\;,nN])*)*$/ : /^(?:[^\\;,]|\\[\\;,nN])*$/;
		expect(value, `${name} is not RFC 5545 TEXT`).toMatch(text);
	}
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('toIcs: RFC 5545 text', () => {
	const awkward = validatedTimeline({
		title: 'Talks, truces; and\\ backslashes\rwith a lone CR',
		summary: 's',
		unsourced: true,
		categories: [{ id: 'lane', label: 'Ceasefire, prisoners; and more' }],
		events: [
			{
				id: 'awkward',
				title: 'Bell\u0007 and nul\u0000 and tab\tkept, ok; yes\\no',
				summary: 'Line one\rline two\r\nline three\nline four',
				when: '2025-03-19',
				status: 'happened',
				category: 'lane'
			},
			{
				id: 'long',
				title: `${'Переговоры о прекращении огня '.repeat(4)}🙂🙂🙂 ${'é'.repeat(60)}`,
				summary: '🙂'.repeat(80),
				when: '2025-03-20',
				status: 'happened',
				category: 'lane'
			}
		]
	});
	const { ics, leftOut, notes } = toIcs(awkward, { stampMs: ms('2025-04-01T12:00:00Z') });
	const { calendar, events } = strictlyRead(ics);
	const byUid = new Map(events.map((e) => [e.getFirstPropertyValue('uid'), e]));

	it('escapes commas and semicolons in CATEGORIES and X-WR-CALNAME, so the lane stays one category', () => {
		expect(leftOut).toEqual([]);
		expect(byUid.get('awkward@test.citeline')?.getFirstProperty('categories')?.getValues()).toEqual(['Ceasefire, prisoners; and more']);
		expect(unfold(ics)).toContain('X-WR-CALNAME:Talks\\, truces\\; and\\\\ backslashes\\nwith a lone CR');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeDefined();
	});

	it('writes every line break (CRLF, LF, a lone CR) as \\n, and leaves out control characters with a note', () => {
		const awkwardEvent = byUid.get('awkward@test.citeline');
		expect(awkwardEvent?.getFirstPropertyValue('summary')).toBe('Bell and nul and tab\tkept, ok; yes\\no');
		expect(awkwardEvent?.getFirstPropertyValue('description')).toBe('19 March 2025\n\nLine one\nline two\nline three\nline four');
		expect(notes).toEqual(['event "awkward": 2 control characters (U+0007, U+0000) that a calendar cannot hold are left out of it']);
	});

	it('folds lines at 75 octets, never inside a UTF-8 sequence, and they unfold to the same text', () => {
		const long = byUid.get('long@test.citeline');
		expect(long?.getFirstPropertyValue('summary')).toBe(awkward.events[1]?.title);
		expect(long?.getFirstPropertyValue('description')).toBe(`20 March 2025\n\n${'🙂'.repeat(80)}`);
		// Lines with multi-octet characters are folded by their octets, so fewer characters fit.
		expect(ics.split('\r\n').some((line) => new TextEncoder().encode(line).length > 70 && [...line].length < 40)).toBe(true);
	});

	it('reads strictly, the call-sized example too', () => {
		expect(() => strictlyRead(toIcs(timeline, { baseUrl: 'https://citeline.example/' }).ics)).not.toThrow();
	});
});
