/**
 * Whose account a quote relays, through the exports: the calendar says it, the CSV holds it
 * in its `account` column and reads it back, a filtered subset keeps the actors it names, and
 * Citeline JSON carries the fields as they are.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { fromTimelineJson } from '../../model/timeline-json';
import { nodeHtmlCleaner } from '../html-node';
import { importPlainCsv } from '../import/plain-csv';
import { toCitelineJson } from './citeline-json';
import { toPlainCsv } from './csv';
import { filterTimeline } from './filter';
import { toIcs } from './ics';
import { validatedTimeline } from './testing';

const ARCHIVE = 'The Kremlin said the leaders spoke. Analysts were sceptical. Prisoners are to be exchanged.\n';

const timeline = validatedTimeline(
	{
		title: 'Accounts',
		summary: 'Whose account each quote relays.',
		strict: true,
		categories: [{ id: 'call', label: 'The call' }],
		actors: [
			{ id: 'kremlin', name: 'the Kremlin' },
			{ id: 'white-house', name: 'the White House' },
			{ id: 'putin', name: 'Vladimir Putin' }
		],
		sources: [{ id: 'wire', title: 'Wire story', publisher: 'Wire', archive: 'sources/wire.txt', account: 'kremlin' }],
		events: [
			{
				id: 'call',
				title: 'The call',
				when: '2025-03-18',
				status: 'happened',
				category: 'call',
				citations: [
					{ source: 'wire', quote: 'the leaders spoke' },
					{ source: 'wire', quote: 'Analysts were sceptical.', account: 'reporter' }
				]
			},
			{ id: 'exchange', title: 'Exchange', when: '2025-03-19', status: 'announced', category: 'call', actors: ['putin'], citations: [{ source: 'wire', quote: 'Prisoners are to be exchanged.' }] }
		],
		missingAccounts: [{ actor: 'white-house', note: 'No US readout.' }]
	},
	{ 'sources/wire.txt': ARCHIVE }
);

describe('the calendar', () => {
	it("says under each quote whose account it relays", () => {
		const { ics } = toIcs(timeline, { stampMs: 0 });
		const text = ics.replace(/\r\n[ \t]/g, '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
		expect(text).toContain('“the leaders spoke”\n— Wire story\n(According to the Kremlin, as reported by Wire)');
		expect(text).toContain('“Analysts were sceptical.”\n— Wire story\n(The reporter’s own account, in Wire)');
	});
});

describe('the plain CSV', () => {
	const csv = toPlainCsv(timeline);

	it("writes each quote's account, its own or its source's: an actor by name, or reporter", () => {
		const rows = csvParse(csv);
		expect(rows.map((r) => [r.quote, r.account])).toEqual([
			['the leaders spoke', 'the Kremlin'],
			['Analysts were sceptical.', 'reporter'],
			['Prisoners are to be exchanged.', 'the Kremlin']
		]);
	});

	it('reads the accounts back: one actor per name, "reporter" as the reporter', () => {
		const imported = importPlainCsv(csv, 'accounts.csv', nodeHtmlCleaner());
		if (!imported.ok) throw new Error(imported.reason);
		expect(imported.problems).toEqual([]);
		expect(imported.timeline.actors).toEqual([{ id: 'the-kremlin', name: 'the Kremlin' }]);
		const accounts = imported.timeline.events.flatMap((e) => (e.citations ?? []).map((c) => [c.quote, c.account]));
		expect(accounts).toEqual([
			['the leaders spoke', 'the-kremlin'],
			['Analysts were sceptical.', 'reporter'],
			['Prisoners are to be exchanged.', 'the-kremlin']
		]);
	});

	it('never makes an actor called "reporter", and reports an account on a row without a quote', () => {
		const csvIn = ['date,title,source,quote,account', '2025-03-18,A,Wire,first,Reporter', '2025-03-18,B,Wire,,the Kremlin'].join('\n');
		const imported = importPlainCsv(csvIn, 'in.csv', nodeHtmlCleaner());
		if (!imported.ok) throw new Error(imported.reason);
		expect(imported.timeline.events[0]?.citations?.[0]?.account).toBe('reporter');
		expect(imported.timeline.actors).toBeUndefined();
		expect(imported.problems).toEqual([{ position: 'line 3 (event "b")', field: 'account', reason: expect.stringContaining('this row has no quote') }]);
	});
});

describe('a filtered subset', () => {
	it('keeps the actors whose account its quotes relay or it lacks, though no event involves them', () => {
		const subset = filterTimeline(timeline, { window: { fromMs: Date.parse('2025-03-19T00:00Z'), toMs: Date.parse('2025-03-19T23:59Z') } });
		expect(subset.events.map((e) => e.id)).toEqual(['exchange']);
		expect(subset.actors.map((a) => a.id).sort()).toEqual(['kremlin', 'putin', 'white-house']);
		expect(subset.missingAccounts).toEqual([{ actor: 'white-house', note: 'No US readout.' }]);
	});
});

describe('Citeline JSON', () => {
	it('carries the accounts as written', () => {
		const back = fromTimelineJson(toCitelineJson(timeline));
		expect(back.sources[0]?.account).toBe('kremlin');
		expect(back.events[0]?.citations.map((c) => c.account)).toEqual([undefined, 'reporter']);
		expect(back.missingAccounts).toEqual(timeline.missingAccounts);
	});
});
