/**
 * The call timeline as a calendar: parsed back line by line (RFC 5545 unfolding), as a
 * calendar application would read it.
 */
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../src/lib/interop/export/ics';
import { validateFolder } from '../../src/lib/server/timelines';

const SLUG = '2025-03-18-putin-trump-call';
const result = validateFolder(`data/timelines/${SLUG}`, SLUG);
if (!result.ok) throw new Error('the shipped timeline must validate');
const timeline = result.timeline;
const { ics, leftOut } = toIcs(timeline, { baseUrl: 'https://citeline.example', stampMs: Date.UTC(2025, 3, 1) });

/** Unfolded content lines of each VEVENT, as name (with parameters) → raw value. */
function vevents(text: string): Array<Map<string, string>> {
	const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
	const events: Array<Map<string, string>> = [];
	let current: Map<string, string> | undefined;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') current = new Map();
		else if (line === 'END:VEVENT') {
			if (current) events.push(current);
			current = undefined;
		} else if (current) current.set(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1));
	}
	return events;
}

const unescapeText = (value = '') => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
const entries = vevents(ics);
const byUid = new Map(entries.map((e) => [e.get('UID'), e]));

describe('the call timeline as iCalendar', () => {
	it('has one entry per event with a day to go on; the four known only as on or before/after a day are listed as left out', () => {
		expect(leftOut.map((e) => e.id).sort()).toEqual(['black-sea-talks', 'ukraine-territorial-integrity', 'un-joint-vote', 'wounded-soldiers-handover']);
		expect(entries).toHaveLength(timeline.events.length - 4);
	});

	it('makes the prisoner exchange an all-day entry on 19 March 2025 whose description has its quote', () => {
		const exchange = byUid.get(`prisoner-exchange@${SLUG}.citeline`);
		expect(exchange?.get('DTSTART;VALUE=DATE')).toBe('20250319');
		expect(exchange?.get('DTEND;VALUE=DATE')).toBe('20250320');
		const event = timeline.events.find((e) => e.id === 'prisoner-exchange');
		const description = unescapeText(exchange?.get('DESCRIPTION'));
		expect(description.startsWith('19 March 2025\n\n')).toBe(true);
		for (const citation of event?.citations ?? []) expect(description).toContain(`“${citation.quote}”`);
		expect(description).toContain(`In Citeline: https://citeline.example/t/${SLUG}?event=prisoner-exchange`);
		expect(unescapeText(exchange?.get('SUMMARY'))).toBe(event?.title);
	});

	it('makes the 30-day energy pause one entry from 18 March to the end of 17 April', () => {
		const pause = byUid.get(`energy-strike-pause@${SLUG}.citeline`);
		expect([pause?.get('DTSTART;VALUE=DATE'), pause?.get('DTEND;VALUE=DATE')]).toEqual(['20250318', '20250418']);
		expect(unescapeText(pause?.get('DESCRIPTION'))).toMatch(/^from 18 March to about 17 April 2025 \(about 30 days\)/);
	});
});
