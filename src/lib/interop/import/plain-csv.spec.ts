import { describe, expect, it } from 'vitest';
import { validateTimeline, formatIssue } from '../../model/validate';
import { nodeHtmlCleaner } from '../html-node';
import { importPlainCsv } from './plain-csv';
import type { ImportResult } from './types';

const cleaner = nodeHtmlCleaner();
const HEADER = 'id,date,end,title,summary,category,status,source,source_url,quote';

function imported(csv: string): Extract<ImportResult, { ok: true }> {
	const result = importPlainCsv(csv, 'analyst.csv', cleaner);
	if (!result.ok) throw new Error(`expected an import, got: ${result.reason}`);
	return result;
}

function rows(...lines: string[]): string {
	return [HEADER, ...lines].join('\n');
}

/** The import is a timeline file the validator accepts as it is. */
function expectValid(result: Extract<ImportResult, { ok: true }>): void {
	const checked = validateTimeline({ slug: 'analyst', file: 'analyst.json', text: JSON.stringify(result.timeline), format: 'json', readArchive: () => undefined });
	expect(checked.ok ? [] : checked.issues.map(formatIssue)).toEqual([]);
}

describe('importPlainCsv: the header', () => {
	it('matches columns by name, case-insensitively, in any order; only date and title are needed', () => {
		const result = imported('Title,DATE\nTalks open,2025-03-18\n');
		expect(result.format).toBe('Plain CSV');
		expect(result.problems).toEqual([]);
		expect(result.timeline.events).toEqual([{ id: 'talks-open', title: 'Talks open', when: '2025-03-18', status: 'unassessed', category: 'events' }]);
		expect(result.timeline.categories).toEqual([{ id: 'events', label: 'Events' }]);
		expect(result.timeline.unsourced).toBe(true);
		expect(result.timeline.origin).toEqual({ format: 'Plain CSV', file: 'analyst.csv' });
		expectValid(result);
	});

	it('reports an unknown or repeated column on line 1 and imports the rest', () => {
		const result = imported('date,title,Notes,title\n2025-03-18,Talks,ignored,second\n');
		expect(result.problems).toEqual([
			{ position: 'line 1', field: 'Notes', reason: expect.stringMatching(/unknown column, not imported/) },
			{ position: 'line 1', field: 'title', reason: expect.stringMatching(/appears twice; only the first is read/) }
		]);
		expect(result.timeline.events[0]?.title).toBe('Talks');
	});

	it.each([
		['an empty file', '', /analyst\.csv is empty/],
		['a file of blank lines', '\n  \n', /analyst\.csv is empty/],
		['no date column', 'title,summary\nTalks,x\n', /no "date" column in its header \(line 1: title, summary\)/],
		['no title column', 'when,date\nx,2025-03-18\n', /no "title" column/],
		['data where the header should be', '2025-03-18,Talks\n', /no "date" or "title" column/],
		['a header and no rows', `${HEADER}\n\n`, /has a header but no rows/]
	])('imports nothing from %s, and says why', (_, csv, reason) => {
		const result = importPlainCsv(csv, 'analyst.csv', cleaner);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(reason);
	});

	it('imports nothing when no row can be taken, with every row reported', () => {
		const result = importPlainCsv(rows(',,,Talks', ',2025-13-45,,Vote'), 'analyst.csv', cleaner);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.reason).toMatch(/no row could be taken/);
			expect(result.problems.map((p) => [p.position, p.field])).toEqual([
				['line 2', 'date'],
				['line 3', 'date']
			]);
		}
	});
});

describe('importPlainCsv: dates', () => {
	it.each([
		['2025-03-18', '', '2025-03-18'],
		['2025-03', '', '2025-03'],
		['2025', '', '2025'],
		['2025-03-18T14:00Z', '', '2025-03-18T14:00Z'],
		['2025-03-18?', '', '2025-03-18?'],
		['[2025-03-18..]', '', '[2025-03-18..]'],
		['2025-03-18/2025-04-17', '', '2025-03-18/2025-04-17'],
		['2025-03-18', '2025-04-17~', '2025-03-18/2025-04-17~'],
		['2025-03-18', '..', '2025-03-18/..'],
		['2025-03', '2025-05', '2025-03/2025-05']
	])('date %s with end "%s" is %s', (date, end, when) => {
		const result = imported(rows(`,${date},${end},Talks`));
		expect(result.problems).toEqual([]);
		expect(result.timeline.events[0]?.when).toBe(when);
	});

	it.each([
		['', '', 'date', /is empty; every event needs a start date/],
		['18 March 2025', '', 'date', /not a valid EDTF date/],
		['2025-03-18T14:00', '', 'date', /time without a UTC offset/],
		['2025-03-18', '2025-03-01', 'end', /ends \(2025-03-01\) before it starts/],
		['2025-03-18/2025-03-20', '2025-03-22', 'end', /already a range/],
		['2025-03-18', 'soon', 'end', /not a valid EDTF date/]
	])('a row with date "%s" and end "%s" is reported at its line and field %s, and not imported', (date, end, field, reason) => {
		const result = imported(rows(`,2025-03-01,,Before`, `,${date},${end},Talks`));
		expect(result.timeline.events.map((e) => e.title)).toEqual(['Before']);
		expect(result.problems).toEqual([{ position: 'line 3', field, reason: expect.stringMatching(reason) }]);
	});

	it('reports a row without a title', () => {
		const result = imported(rows(',2025-03-01,,Before', ',2025-03-18,,  '));
		expect(result.problems).toEqual([{ position: 'line 3', field: 'title', reason: expect.stringMatching(/is empty; every event needs a title/) }]);
	});

	it('counts lines as the file has them: quoted line breaks and blank lines included', () => {
		const csv = rows(',2025-03-01,,"Two\nline title",,,,Wire,,"a quote\r\nover lines"', '', ',bad,,Talks');
		const result = imported(csv);
		expect(result.timeline.events[0]?.citations).toEqual([{ source: 'wire', quote: 'a quote\r\nover lines' }]);
		expect(result.problems).toEqual([{ position: 'line 6', field: 'date', reason: expect.any(String) }]);
	});
});

describe('importPlainCsv: events, lanes and statuses', () => {
	it('makes one event of the rows that share an id, one citation per row', () => {
		const result = imported(
			rows(
				'call,2025-03-18,,The call,They spoke.,Talks,happened,Wire,https://example.org/wire,They spoke for two hours.',
				'call,,,,,,,Paper,https://example.org/paper,The two leaders spoke.'
			)
		);
		expect(result.problems).toEqual([]);
		expect(result.timeline.events).toHaveLength(1);
		expect(result.timeline.events[0]?.citations).toEqual([
			{ source: 'wire', quote: 'They spoke for two hours.' },
			{ source: 'paper', quote: 'The two leaders spoke.' }
		]);
		expectValid(result);
	});

	it('reports a later row that disagrees on the event, and keeps the first row', () => {
		const result = imported(rows('call,2025-03-18,,The call,,,happened', 'call,2025-03-19,,The phone call,,,happened'));
		expect(result.timeline.events[0]).toMatchObject({ when: '2025-03-18', title: 'The call' });
		expect(result.problems).toEqual([
			{ position: 'line 3 (event "call")', field: 'date', reason: expect.stringMatching(/"2025-03-19" differs from line 2 \("2025-03-18"\)/) },
			{ position: 'line 3 (event "call")', field: 'title', reason: expect.stringMatching(/"The phone call" differs from line 2/) }
		]);
	});

	it('gives rows without an id a unique slug of their title, never one written in the file', () => {
		const result = imported(rows(',2025-03-18,,Talks', ',2025-03-19,,Talks', 'talks-2,2025-03-20,,Other', ',2025-03-21,,Переговоры', 'Event 7!,2025-03-22,,Seven'));
		expect(result.timeline.events.map((e) => [e.id, e.externalId])).toEqual([
			['talks', undefined],
			['talks-3', undefined],
			['talks-2', undefined],
			['event', undefined],
			['event-7', 'Event 7!']
		]);
		expectValid(result);
	});

	it('numbers many rows with one title in order, around the ids written in the file', () => {
		const alike = Array.from({ length: 500 }, () => ',2025-03-18,,Talks');
		const result = imported(rows(...alike, 'talks-3,2025-03-19,,Other', 'Talks!,2025-03-19,,Third'));
		const ids = result.timeline.events.map((e) => e.id);
		// "talks-3" and "Talks!" (as "talks") are written in the file, so titles skip them.
		expect(ids.slice(0, 4)).toEqual(['talks-2', 'talks-4', 'talks-5', 'talks-6']);
		expect(ids[499]).toBe('talks-502');
		expect(ids.slice(500)).toEqual(['talks-3', 'talks']);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('makes a lane of each category label, and one default lane for rows without', () => {
		const result = imported(rows(',2025-03-18,,A,,Ceasefire', ',2025-03-18,,B,,Prisoners & soldiers', ',2025-03-18,,C,,Ceasefire', ',2025-03-18,,D'));
		expect(result.timeline.categories).toEqual([
			{ id: 'ceasefire', label: 'Ceasefire' },
			{ id: 'prisoners-soldiers', label: 'Prisoners & soldiers' },
			{ id: 'events', label: 'Events' }
		]);
		expect(result.timeline.events.map((e) => e.category)).toEqual(['ceasefire', 'prisoners-soldiers', 'ceasefire', 'events']);
	});

	it.each([
		['', 'unassessed', 0],
		['agreed', 'agreed', 0],
		['Happened', 'happened', 0],
		['confirmed', 'unassessed', 1]
	])('status "%s" is %s', (cell, status, problems) => {
		const result = imported(rows(`x,2025-03-18,,Talks,,,${cell}`));
		expect(result.timeline.events[0]?.status).toBe(status);
		expect(result.problems).toHaveLength(problems);
		if (problems) expect(result.problems[0]).toEqual({ position: 'line 2 (event "x")', field: 'status', reason: expect.stringMatching(/"confirmed" is not a status .*imported as unassessed/) });
	});
});

describe('importPlainCsv: sources and quotes', () => {
	it('makes one source per link, cites it for a quote and refers to it without one', () => {
		const result = imported(
			rows(
				'a,2025-03-18,,A,,,,Wire story,https://example.org/wire,First quote.',
				'b,2025-03-19,,B,,,,Wire story,https://example.org/wire,',
				'c,2025-03-20,,C,,,,Agency note,,Second quote.'
			)
		);
		expect(result.timeline.sources).toEqual([
			{ id: 'wire-story', title: 'Wire story', publisher: null, url: 'https://example.org/wire' },
			{ id: 'agency-note', title: 'Agency note', publisher: null }
		]);
		const [a, b, c] = result.timeline.events;
		expect(a?.citations).toEqual([{ source: 'wire-story', quote: 'First quote.' }]);
		expect(b).toMatchObject({ references: ['wire-story'] });
		expect(b?.citations).toBeUndefined();
		expect(c?.citations).toEqual([{ source: 'agency-note', quote: 'Second quote.' }]);
		expectValid(result);
	});

	it.each([['javascript:alert(1)'], ['ftp://example.org/file'], ['example.org/wire']])('does not keep %s as a link, and says so', (url) => {
		const result = imported(rows(`a,2025-03-18,,A,,,,Wire story,${url},A quote.`));
		expect(result.timeline.sources).toEqual([{ id: 'wire-story', title: 'Wire story', publisher: null }]);
		expect(result.problems).toEqual([{ position: 'line 2 (event "a")', field: 'source_url', reason: expect.stringMatching(/is not an http\(s\) link; it is not kept as a link/) }]);
	});

	it('reports a quote with no source, and a link given two titles', () => {
		const result = imported(rows('a,2025-03-18,,A,,,,,,An orphan quote.', 'b,2025-03-18,,B,,,,Wire,https://example.org/w,', 'c,2025-03-18,,C,,,,Newswire,https://example.org/w,'));
		expect(result.problems).toEqual([
			{ position: 'line 2 (event "a")', field: 'quote', reason: expect.stringMatching(/has no source .*Quote not imported/) },
			{ position: 'line 4 (event "c")', field: 'source', reason: expect.stringMatching(/"Newswire" differs from the title line 3 gave/) }
		]);
		expect(result.timeline.events[2]).toMatchObject({ references: ['wire'] });
	});

	it('reads an untitled source (as the exporter writes it) as untitled when it has a link', () => {
		const result = imported(rows('a,2025-03-18,,A,,,,(untitled: kremlin-readout),https://example.org/k,A quote.'));
		expect(result.timeline.sources).toEqual([{ id: 'kremlin-readout', title: null, publisher: null, url: 'https://example.org/k' }]);
		expect(result.problems).toEqual([]);
	});

	it('names an untitled source without a link for what it is, and reports it', () => {
		const result = imported(rows('a,2025-03-18,,A,,,,(untitled: kremlin-readout),,A quote.'));
		expect(result.timeline.sources).toEqual([{ id: 'kremlin-readout', title: 'Untitled report (kremlin-readout)', publisher: null }]);
		expect(result.problems).toEqual([{ position: 'line 2 (event "a")', field: 'source', reason: expect.stringMatching(/no title and no link/) }]);
		expectValid(result);
	});
});

describe('importPlainCsv: text', () => {
	it('keeps every text cell exactly as written: the layout is plain text, never HTML', () => {
		const result = imported(rows('a,2025-03-18,,AT&T &amp; co <b>bold</b>,if a<b and c>d… &lt;,,,Wire,https://example.org/w,the <br> tag and x<y'));
		const [event] = result.timeline.events;
		expect(event?.title).toBe('AT&T &amp; co <b>bold</b>');
		expect(event?.summary).toBe('if a<b and c>d… &lt;');
		expect(event?.textHtml).toBeUndefined();
		expect(event?.citations).toEqual([{ source: 'wire', quote: 'the <br> tag and x<y' }]);
		expect(result.problems).toEqual([]);
	});

	it('keeps a quote that is only markup as a quote, not as a reference without one', () => {
		const result = imported(rows('a,2025-03-18,,Talks,,,,Wire,https://example.org/w,<br>'));
		expect(result.timeline.events[0]?.citations).toEqual([{ source: 'wire', quote: '<br>' }]);
		expect(result.timeline.events[0]?.references).toBeUndefined();
	});

	it('keeps markup and scripts as inert text, with no HTML copy', () => {
		const result = imported(rows('a,2025-03-18,,<b>Talks</b>,"<p>They spoke.</p><script>alert(1)</script>",<i>Lane</i>,,<em>Wire</em>'));
		const [event] = result.timeline.events;
		expect(event).toMatchObject({ title: '<b>Talks</b>', summary: '<p>They spoke.</p><script>alert(1)</script>' });
		expect(event?.textHtml).toBeUndefined();
		expect(result.timeline.sources?.[0]?.title).toBe('<em>Wire</em>');
		expect(result.problems).toEqual([
			{ position: 'line 2 (event "a")', field: 'category', reason: expect.stringMatching(/"<i>Lane<\/i>" holds "<i>", which would be read as HTML: a lane's name is plain text\. The event goes to the lane "Events"/) }
		]);
		expect(result.timeline.categories).toEqual([{ id: 'events', label: 'Events' }]);
	});

	it('keeps text that is not HTML as written, a < sign included', () => {
		const result = imported(rows('a,2025-03-18,,Fewer than 5 < 10 soldiers,Costs 5 < 10'));
		expect(result.timeline.events[0]).toMatchObject({ title: 'Fewer than 5 < 10 soldiers', summary: 'Costs 5 < 10' });
		expect(result.timeline.events[0]?.textHtml).toBeUndefined();
	});

	it('removes the apostrophe that guards a formula-like cell in a spreadsheet', () => {
		const result = imported(rows(`a,2025-03-18,,'=1+1,'-not a formula`));
		expect(result.timeline.events[0]).toMatchObject({ title: '=1+1', summary: '-not a formula' });
	});

	it('reads a UTF-8 byte-order mark as nothing', () => {
		expect(imported('\uFEFFdate,title\n2025-03-18,Talks\n').timeline.events).toHaveLength(1);
	});
});

describe('importPlainCsv: malformed rows', () => {
	it('reports a row with a stray quote at its line and column, and does not take its shifted cells', () => {
		const result = imported(rows('a,2025-03-18,,Talks,"a ""b""" x,,,Wire,,quote', 'b,2025-03-19,,Vote'));
		expect(result.timeline.events.map((e) => e.id)).toEqual(['b']);
		expect(result.problems).toEqual([{ position: 'line 2', field: 'summary', reason: expect.stringMatching(/^column 5: text follows the closing quote mark.*Row not imported/) }]);
	});

	it('reports a quote mark inside an unquoted cell', () => {
		const result = imported(rows('a,2025-03-18,,The "Talks",,,,Wire', 'b,2025-03-19,,Vote'));
		expect(result.timeline.events.map((e) => e.id)).toEqual(['b']);
		expect(result.problems).toEqual([{ position: 'line 2', field: 'title', reason: expect.stringMatching(/^column 4: a quote mark inside a cell/) }]);
	});

	it('reports a quoted cell that is never closed, at the line where it opens', () => {
		const result = imported(rows('a,2025-03-18,,Talks', 'b,2025-03-19,,"Vote', 'c,2025-03-20,,Later'));
		expect(result.timeline.events.map((e) => e.id)).toEqual(['a']);
		expect(result.problems).toEqual([{ position: 'line 3', field: 'title', reason: expect.stringMatching(/^column 4: a quoted cell opens here and is never closed/) }]);
	});

	it('reports a row with more cells than the header, and does not take it', () => {
		const result = importPlainCsv('date,title,source\n2025-03-18,Talks,one, two\n2025-03-19,Vote,x,,\n', 'analyst.csv', cleaner);
		if (!result.ok) throw new Error(result.reason);
		expect(result.timeline.events.map((e) => e.title)).toEqual(['Vote']);
		expect(result.problems).toEqual([{ position: 'line 2', field: 'column 4', reason: expect.stringMatching(/has 4 cells but the header 3: " two" is beyond the last column.*Row not imported/) }]);
	});

	it('reads a row with fewer cells than the header as having empty cells at its end', () => {
		const result = imported(rows('a,2025-03-18,,Talks'));
		expect(result.problems).toEqual([]);
		expect(result.timeline.events[0]).toMatchObject({ id: 'a', title: 'Talks' });
	});

	it('refuses a file whose header row is malformed', () => {
		const result = importPlainCsv('date,"title\n2025,x\n', 'analyst.csv', cleaner);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/header \(line 1\) is malformed: column 2: a quoted cell opens here and is never closed/);
	});
});

describe('importPlainCsv: ids', () => {
	it('reports an id that had to be renamed because another row took it', () => {
		const result = imported(rows('Ada!,2025-03-18,,First', 'ada,2025-03-19,,Second', 'ada,,,,,,,Wire,,q'));
		expect(result.timeline.events.map((e) => [e.id, e.externalId])).toEqual([
			['ada', 'Ada!'],
			['ada-2', 'ada']
		]);
		expect(result.problems).toEqual([
			{ position: 'line 3', field: 'id', reason: 'id "ada" is already the id of the event on line 2 ("Ada!"): this event\'s id is "ada-2", and "ada" is kept as its externalId' }
		]);
	});
});

describe('importPlainCsv: lengths', () => {
	const long = (n: number) => 'x'.repeat(n);

	it('takes a title, summary and quote at the limits (counted in characters, as the validator counts: an emoji is one)', () => {
		const result = imported(rows(`a,2025-03-18,,${'🙂'.repeat(1_000)},${long(20_000)},,,Wire,,${long(5_000)}`));
		expect(result.problems).toEqual([]);
		expect(result.timeline.events[0]?.title).toBe('🙂'.repeat(1_000));
	});

	it.each([
		['title', `a,2025-03-18,,${'🙂'.repeat(1_001)}`, /^is 1001 characters long; the limit is 1000\. Row not imported$/],
		['summary', `a,2025-03-18,,Talks,${long(20_001)}`, /^is 20001 characters long; the limit is 20000\. Row not imported$/]
	])('reports an overlong %s and does not take the row, rather than cut it', (field, line, reason) => {
		const result = importPlainCsv(rows(line, 'b,2025-03-19,,Vote'), 'analyst.csv', cleaner);
		if (!result.ok) throw new Error(result.reason);
		expect(result.timeline.events.map((e) => e.id)).toEqual(['b']);
		expect(result.problems).toEqual([{ position: 'line 2', field, reason: expect.stringMatching(reason) }]);
	});

	it('reports an overlong quote and does not take it, rather than cut it', () => {
		const result = imported(rows(`a,2025-03-18,,Talks,,,,Wire,,${long(5_001)}`, 'a,,,,,,,Wire,,kept'));
		expect(result.timeline.events[0]?.citations).toEqual([{ source: 'wire', quote: 'kept' }]);
		expect(result.problems).toEqual([{ position: 'line 2 (event "a")', field: 'quote', reason: expect.stringMatching(/^is 5001 characters long; the limit is 5000\. Quote not imported$/) }]);
	});
});
