import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../model/schema';
import { nodeHtmlCleaner } from '../html-node';
import { importPlainCsv } from '../import/plain-csv';
import { PLAIN_CSV_COLUMNS } from '../plain-csv-layout';
import { toPlainCsv } from './csv';
import { validatedTimeline } from './testing';

function event(id: string, when: string, fields: Partial<EventInput> = {}): EventInput {
	return { id, title: `Title of ${id}`, summary: `About ${id}.`, when, status: 'happened', category: 'talks', ...fields };
}

const timeline = validatedTimeline({
	title: 'CSV test',
	summary: 's',
	unsourced: true,
	categories: [
		{ id: 'talks', label: 'Talks, and more' },
		{ id: 'other', label: 'Other' }
	],
	sources: [
		{ id: 'wire', title: 'Wire "story"', publisher: 'Wire', url: 'https://example.org/wire' },
		{ id: 'untitled', title: null, publisher: null, url: 'https://example.org/untitled' }
	],
	events: [
		event('two-quotes', '2025-03-18', {
			citations: [
				{ source: 'wire', quote: 'First, with a comma.' },
				{ source: 'untitled', quote: 'Second\non two lines.' }
			]
		}),
		event('range', '2025-03-18/2025-04-17~', { status: 'agreed', category: 'other', references: ['wire'] }),
		event('ongoing', '2025-03-19/..', { summary: '=HYPERLINK("https://evil.example")' }),
		event('bare', '[..2025-03-20]', { status: 'stated' })
	]
});

describe('toPlainCsv', () => {
	const csv = toPlainCsv(timeline);
	const rows = csvParse(csv);

	it('writes exactly the plain layout, one row per citation, reference, or bare event', () => {
		expect(rows.columns).toEqual([...PLAIN_CSV_COLUMNS]);
		expect(rows.map((r) => [r.id, r.source, r.source_url, r.quote])).toEqual([
			['two-quotes', 'Wire "story"', 'https://example.org/wire', 'First, with a comma.'],
			['two-quotes', '(untitled: untitled)', 'https://example.org/untitled', 'Second\non two lines.'],
			['range', 'Wire "story"', 'https://example.org/wire', ''],
			['ongoing', '', '', ''],
			['bare', '', '', '']
		]);
	});

	it('repeats the event on every row, with the lane by label', () => {
		expect(rows[1]).toMatchObject({ id: 'two-quotes', date: '2025-03-18', end: '', title: 'Title of two-quotes', summary: 'About two-quotes.', category: 'Talks, and more', status: 'happened' });
	});

	it.each([
		['range', '2025-03-18', '2025-04-17~'],
		['ongoing', '2025-03-19/..', ''],
		['bare', '[..2025-03-20]', '']
	])('splits a range with two dates into date and end, and writes other dates whole: %s', (id, date, end) => {
		expect(rows.find((r) => r.id === id)).toMatchObject({ date, end });
	});

	it('guards a formula-like cell with an apostrophe, as spreadsheets expect', () => {
		expect(rows.find((r) => r.id === 'ongoing')?.summary).toBe(`'=HYPERLINK("https://evil.example")`);
	});

	it('comes back through the importer as the same events, lanes, statuses, sources and quotes', () => {
		const back = importPlainCsv(csv, 'csv-test.csv', nodeHtmlCleaner());
		if (!back.ok) throw new Error(back.reason);
		expect(back.problems).toEqual([]);
		expect(back.timeline.events).toEqual([
			{ id: 'two-quotes', title: 'Title of two-quotes', summary: 'About two-quotes.', when: '2025-03-18', status: 'happened', category: 'talks-and-more', citations: [{ source: 'wire-story', quote: 'First, with a comma.' }, { source: 'untitled', quote: 'Second\non two lines.' }] },
			{ id: 'range', title: 'Title of range', summary: 'About range.', when: '2025-03-18/2025-04-17~', status: 'agreed', category: 'other', references: ['wire-story'] },
			{ id: 'ongoing', title: 'Title of ongoing', summary: '=HYPERLINK("https://evil.example")', when: '2025-03-19/..', status: 'happened', category: 'talks-and-more' },
			{ id: 'bare', title: 'Title of bare', summary: 'About bare.', when: '[..2025-03-20]', status: 'stated', category: 'talks-and-more' }
		]);
		expect(back.timeline.sources).toEqual([
			{ id: 'wire-story', title: 'Wire "story"', publisher: null, url: 'https://example.org/wire' },
			{ id: 'untitled', title: null, publisher: null, url: 'https://example.org/untitled' }
		]);
		expect(back.timeline.categories).toEqual([
			{ id: 'talks-and-more', label: 'Talks, and more' },
			{ id: 'other', label: 'Other' }
		]);
	});

	it('writes just the header for a timeline without events', () => {
		const empty = validatedTimeline({ title: 'Empty', summary: 's', categories: [{ id: 'talks', label: 'Talks' }], events: [] });
		expect(toPlainCsv(empty)).toBe(`${PLAIN_CSV_COLUMNS.join(',')}\n`);
	});
});
