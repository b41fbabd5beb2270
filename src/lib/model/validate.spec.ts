import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { foldForMatching } from './quotes';
import type { DiscrepancyInput, EventInput, SourceInput, TimelineInput } from './schema';
import { backingOf, type Timeline, type TimelineEvent } from './timeline';
import { formatIssue, formatPath, validateTimeline, type EntityKind, type ValidationIssue, type ValidationResult } from './validate';

// ---------------------------------------------------------------------------------------------
// Fixtures: a small valid timeline, built fresh for each test, and its archive in memory.

const FILE = 'data/timelines/test/timeline.json';
const ARCHIVE_PATH = 'sources/report.txt';
const FURNITURE = 'Share this article on social media';
const ARCHIVE = [
	'The leaders spoke by telephone on March 18, 2025,  lasting over',
	'two hours.',
	'Russia\u2019s conditions were set out \u2014 in full.',
	'Russia will hand over 175 prisoners on March 19.',
	FURNITURE,
	''
].join('\n');

function reportSource(): SourceInput {
	return { id: 'report', title: 'Report on the call', publisher: 'Agency', published: '2025-03-19', archive: ARCHIVE_PATH, furniture: [FURNITURE] };
}

/** A source known only by its URL: quotes from it cannot be verified. */
function wireSource(): SourceInput {
	return { id: 'wire', title: 'Wire story', publisher: 'Wire', url: 'https://example.org/wire' };
}

function event(id: string, fields: Partial<EventInput> = {}): EventInput {
	return {
		id,
		title: `Event ${id}`,
		summary: `What happened in ${id}.`,
		when: '2025-03-18',
		status: 'happened',
		category: 'call',
		citations: [{ source: 'report', quote: 'The leaders spoke by telephone on March 18, 2025' }],
		...fields
	};
}

/**
 * Three events, deliberately not in time order in the file: a child before its parent on the same
 * day, and the next day's event first.
 */
function fixture(): TimelineInput {
	return {
		format: 1,
		title: 'Test timeline',
		summary: 'A timeline for the validator tests.',
		strict: true,
		categories: [
			{ id: 'call', label: 'The call' },
			{ id: 'humanitarian', label: 'Prisoners' }
		],
		actors: [
			{ id: 'putin', name: 'Vladimir Putin' },
			{ id: 'trump', name: 'Donald Trump' }
		],
		sources: [reportSource()],
		events: [
			event('prisoner-exchange', {
				when: '2025-03-19',
				status: 'announced',
				category: 'humanitarian',
				actors: ['putin'],
				related: [{ event: 'phone-call', relation: 'related' }],
				citations: [{ source: 'report', quote: 'Russia will hand over 175 prisoners on March 19.' }]
			}),
			event('conditions', {
				status: 'stated',
				parent: 'phone-call',
				citations: [{ source: 'report', quote: `Russia's conditions were set out - in full.` }]
			}),
			event('phone-call', {
				actors: ['putin', 'trump'],
				citations: [{ source: 'report', quote: 'lasting over two hours' }]
			})
		]
	};
}

function discrepancy(fields: Partial<DiscrepancyInput> = {}): DiscrepancyInput {
	return {
		id: 'exchange-size',
		title: 'How many prisoners',
		note: 'Two passages to compare.',
		claims: [
			{ source: 'report', quote: '175 prisoners' },
			{ source: 'report', quote: 'on March 19' }
		],
		events: ['prisoner-exchange'],
		...fields
	};
}

function eventIn(t: TimelineInput, id: string): EventInput {
	const found = t.events.find((e) => e.id === id);
	if (!found) throw new Error(`no event ${id} in the fixture`);
	return found;
}

/** Sets a field the types do not allow, as a file may. */
function setRaw(target: object, key: string, value: unknown): void {
	(target as Record<string, unknown>)[key] = value;
}

function deleteRaw(target: object, key: string): void {
	delete (target as Record<string, unknown>)[key];
}

interface Run {
	text: string;
	result: ValidationResult;
}

function run(
	data: unknown,
	options: { text?: string; format?: 'json' | 'yaml'; file?: string; archives?: Record<string, string> } = {}
): Run {
	const text = options.text ?? JSON.stringify(data, null, 2);
	const archives = options.archives ?? { [ARCHIVE_PATH]: ARCHIVE };
	const result = validateTimeline({
		slug: 'test',
		file: options.file ?? FILE,
		text,
		format: options.format ?? 'json',
		readArchive: (path) => archives[path]
	});
	return { text, result };
}

function issuesOf({ result }: Run): ValidationIssue[] {
	if (result.ok) throw new Error('expected the timeline to be rejected');
	return result.issues;
}

function timelineOf({ result }: Run): Timeline {
	if (!result.ok) throw new Error(`expected the timeline to validate:\n${result.issues.map(formatIssue).join('\n')}`);
	return result.timeline;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
	const at = text.indexOf(needle);
	if (at === -1) throw new Error(`"${needle}" is not in the file`);
	return text.slice(0, at).split('\n').length;
}

interface Expected {
	kind: EntityKind;
	id?: string;
	field: string;
	message: string;
	/** Text on the line the issue must point at. */
	at?: string;
	line?: number;
	file?: string;
}

function expectIssue(issue: ValidationIssue | undefined, expected: Expected, text?: string): void {
	if (!issue) throw new Error('no issue');
	expect(issue.file).toBe(expected.file ?? FILE);
	expect(issue.entity.kind).toBe(expected.kind);
	expect(issue.entity.id).toBe(expected.id);
	expect(issue.field).toBe(expected.field);
	expect(issue.message).toContain(expected.message);
	expect(issue.line).toEqual(expect.any(Number));
	expect(issue.column).toEqual(expect.any(Number));
	if (expected.line !== undefined) expect(issue.line).toBe(expected.line);
	if (expected.at !== undefined && text !== undefined) expect(issue.line).toBe(lineOf(text, expected.at));
}

/** The run must report exactly one issue, and it must be this one. */
function expectOnlyIssue(r: Run, expected: Expected): ValidationIssue {
	const issues = issuesOf(r);
	expect(issues.map(formatIssue)).toEqual([expect.any(String)]);
	expectIssue(issues[0], expected, r.text);
	return issues[0] as ValidationIssue;
}

function byId(timeline: Timeline, id: string): TimelineEvent {
	const found = timeline.events.find((e) => e.id === id);
	if (!found) throw new Error(`no event ${id}`);
	return found;
}

// ---------------------------------------------------------------------------------------------

describe('validateTimeline: the fixture', () => {
	it('is valid as built', () => {
		expect(timelineOf(run(fixture())).events).toHaveLength(3);
	});
});

describe('validateTimeline: one kind of bad input, one issue', () => {
	it('malformed JSON', () => {
		const text = JSON.stringify(fixture(), null, 2).replace('"strict": true,', '"strict": true,,');
		expectOnlyIssue(run(null, { text }), { kind: 'timeline', field: '', message: 'not valid JSON', at: '"strict": true,,' });
	});

	it('malformed YAML', () => {
		const text = 'format: 1\ntitle: Test\nsummary: [not closed\ncategories:\n  - id: call\n    label: The call\n';
		const issues = issuesOf(run(null, { text, format: 'yaml', file: 'data/timelines/test/timeline.yaml' }));
		expect(issues.length).toBeGreaterThan(0);
		for (const issue of issues) {
			expectIssue(issue, { kind: 'timeline', field: '', message: 'not valid YAML', file: 'data/timelines/test/timeline.yaml' });
		}
	});

	it('unknown field at the top level', () => {
		const t = fixture();
		setRaw(t, 'subtitle', 'x');
		expectOnlyIssue(run(t), { kind: 'timeline', field: 'subtitle', message: 'unknown field "subtitle"', at: '"subtitle"' });
	});

	it('unknown field inside an event, with a suggestion', () => {
		const t = fixture();
		const e = eventIn(t, 'prisoner-exchange');
		setRaw(e, 'citation', e.citations);
		deleteRaw(e, 'citations');
		expectOnlyIssue(run(t), {
			kind: 'event',
			id: 'prisoner-exchange',
			field: 'citation',
			message: 'unknown field "citation" (did you mean "citations"?)',
			at: '"citation": ['
		});
	});

	it('missing required field in an event: points at the event', () => {
		const t = fixture();
		deleteRaw(eventIn(t, 'prisoner-exchange'), 'title');
		const r = run(t);
		expectOnlyIssue(r, { kind: 'event', id: 'prisoner-exchange', field: 'title', message: 'is required but missing', line: lineOf(r.text, '"id": "prisoner-exchange"') - 1 });
	});

	it('missing required field at the top level', () => {
		const t = fixture();
		deleteRaw(t, 'title');
		expectOnlyIssue(run(t), { kind: 'timeline', field: 'title', message: 'is required but missing', line: 1 });
	});

	it('wrong type', () => {
		const t = fixture();
		setRaw(t, 'strict', 'yes');
		expectOnlyIssue(run(t), { kind: 'timeline', field: 'strict', message: 'expected boolean, received string', at: '"strict": "yes"' });
	});

	it('bad slug id', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').id = 'Prisoner Exchange';
		expectOnlyIssue(run(t), { kind: 'event', id: 'Prisoner Exchange', field: 'id', message: 'must be a slug', at: '"id": "Prisoner Exchange"' });
	});

	it('duplicate event id', () => {
		const t = fixture();
		t.events.push(event('phone-call', { when: '2025-03-20' }));
		const issue = expectOnlyIssue(run(t), { kind: 'event', id: 'phone-call', field: 'id', message: 'id "phone-call" is already used by events[2]' });
		expect(issue.entity.index).toBe(3);
	});

	it('duplicate source id: the first source stays the one quotes are checked against', () => {
		const t = fixture();
		t.sources?.push({ ...wireSource(), id: 'report' });
		const r = run(t);
		const issue = expectOnlyIssue(r, { kind: 'source', id: 'report', field: 'id', message: 'id "report" is already used by sources[0]' });
		expect(issue.entity.index).toBe(1);
		expect(issue.line).toBe(lineOf(r.text, '"title": "Wire story"') - 1);
	});

	it('citation to an unknown source', () => {
		const t = fixture();
		const citation = eventIn(t, 'phone-call').citations?.[0];
		if (citation) citation.source = 'kremlin';
		expectOnlyIssue(run(t), { kind: 'event', id: 'phone-call', field: 'citations[0].source', message: 'source "kremlin" is not declared in "sources"', at: '"source": "kremlin"' });
	});

	it('unknown parent', () => {
		const t = fixture();
		eventIn(t, 'conditions').parent = 'the-call';
		expectOnlyIssue(run(t), { kind: 'event', id: 'conditions', field: 'parent', message: 'parent event "the-call" does not exist', at: '"parent": "the-call"' });
	});

	it('parent loop: reported on each event in it', () => {
		const t = fixture();
		eventIn(t, 'phone-call').parent = 'conditions';
		const r = run(t);
		const issues = issuesOf(r);
		expect(issues).toHaveLength(2);
		expectIssue(issues[0], { kind: 'event', id: 'conditions', field: 'parent', message: 'parents form a loop: conditions → phone-call → conditions', at: '"parent": "phone-call"' }, r.text);
		expectIssue(issues[1], { kind: 'event', id: 'phone-call', field: 'parent', message: 'parents form a loop: phone-call → conditions → phone-call', at: '"parent": "conditions"' }, r.text);
	});

	it('self parent', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').parent = 'prisoner-exchange';
		expectOnlyIssue(run(t), { kind: 'event', id: 'prisoner-exchange', field: 'parent', message: 'an event cannot be its own parent', at: '"parent": "prisoner-exchange"' });
	});

	it('unknown related event', () => {
		const t = fixture();
		eventIn(t, 'phone-call').related = [{ event: 'ghost', relation: 'led-to' }];
		expectOnlyIssue(run(t), { kind: 'event', id: 'phone-call', field: 'related[0].event', message: 'related event "ghost" does not exist', at: '"event": "ghost"' });
	});

	it('event related to itself', () => {
		const t = fixture();
		eventIn(t, 'phone-call').related = [{ event: 'phone-call', relation: 'related' }];
		expectOnlyIssue(run(t), { kind: 'event', id: 'phone-call', field: 'related[0].event', message: 'cannot be related to itself' });
	});

	it('unknown category', () => {
		const t = fixture();
		eventIn(t, 'phone-call').category = 'nope';
		expectOnlyIssue(run(t), {
			kind: 'event',
			id: 'phone-call',
			field: 'category',
			message: `category "nope" is not one of the timeline's categories (call, humanitarian)`,
			at: '"category": "nope"'
		});
	});

	it('unknown actor', () => {
		const t = fixture();
		eventIn(t, 'phone-call').actors = ['putin', 'zelensky'];
		expectOnlyIssue(run(t), { kind: 'event', id: 'phone-call', field: 'actors[1]', message: 'actor "zelensky" is not declared in "actors"', at: '"zelensky"' });
	});

	it('unparseable date', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').when = '2025-02-30';
		expectOnlyIssue(run(t), { kind: 'event', id: 'prisoner-exchange', field: 'when', message: 'date "2025-02-30" is not a valid EDTF date', at: '"when": "2025-02-30"' });
	});

	it('range that ends before it starts', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').when = '2025-03-19/2025-03-18';
		expectOnlyIssue(run(t), { kind: 'event', id: 'prisoner-exchange', field: 'when', message: 'ends (2025-03-18) before it starts (2025-03-19)', at: '"when": "2025-03-19/2025-03-18"' });
	});

	it('time without offset', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').when = '2025-03-19T10:00';
		expectOnlyIssue(run(t), { kind: 'event', id: 'prisoner-exchange', field: 'when', message: 'gives a time without a UTC offset', at: '"when": "2025-03-19T10:00"' });
	});

	it('bad publication date of a source', () => {
		const t = fixture();
		const source = t.sources?.[0];
		if (source) source.published = '22 March 2025';
		expectOnlyIssue(run(t), { kind: 'source', id: 'report', field: 'published', message: 'publication date "22 March 2025" is not a valid EDTF date', at: '"published"' });
	});

	it('quote not verbatim: says where it diverges', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').citations = [{ source: 'report', quote: 'Russia will hand over 170 prisoners on March 19.' }];
		const issue = expectOnlyIssue(run(t), {
			kind: 'event',
			id: 'prisoner-exchange',
			field: 'citations[0].quote',
			message: `quote not found verbatim in source "report" (${ARCHIVE_PATH})`,
			at: '"quote": "Russia will hand over 170'
		});
		// "Russia will hand over 17" is the longest beginning of the quote that stands in the source.
		expect(issue.message).toContain('the first 24 characters match, then the source has "5 prisoners on March 19.…" where the quote has "0 prisoners on March 19.…"');
	});

	it('quote with nothing in common with the source', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').citations = [{ source: 'report', quote: 'Zebras crossed the river.' }];
		expectOnlyIssue(run(t), { kind: 'event', id: 'prisoner-exchange', field: 'citations[0].quote', message: 'no passage of the source begins like it' });
	});

	it('quote inside page furniture', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').citations = [{ source: 'report', quote: 'Share this article' }];
		expectOnlyIssue(run(t), { kind: 'event', id: 'prisoner-exchange', field: 'citations[0].quote', message: 'quote points into page furniture of source "report"', at: '"quote": "Share this article"' });
	});

	it('furniture passage not in the archive', () => {
		const t = fixture();
		const source = t.sources?.[0];
		if (source) source.furniture = [FURNITURE, 'Subscribe to our newsletter'];
		expectOnlyIssue(run(t), { kind: 'source', id: 'report', field: 'furniture[1]', message: `furniture passage not found verbatim in "${ARCHIVE_PATH}"`, at: '"Subscribe to our newsletter"' });
	});

	it('furniture without an archive', () => {
		const t = fixture();
		t.sources?.push({ ...wireSource(), furniture: ['Read more'] });
		expectOnlyIssue(run(t), { kind: 'source', id: 'wire', field: 'furniture', message: 'furniture needs an archived text' });
	});

	it('archive file missing: reported once, not again for each quote from it', () => {
		const t = fixture();
		const source = t.sources?.[0];
		if (source) source.archive = 'sources/missing.txt';
		expectOnlyIssue(run(t), { kind: 'source', id: 'report', field: 'archive', message: 'archived text "sources/missing.txt" not found in the timeline folder', at: '"archive": "sources/missing.txt"' });
	});

	it('archive path that climbs out of the timeline folder', () => {
		const t = fixture();
		const source = t.sources?.[0];
		if (source) source.archive = '../other/sources/report.txt';
		const issues = issuesOf(run(t));
		expectIssue(issues[0], { kind: 'source', id: 'report', field: 'archive', message: 'must be a relative path to a .txt file inside the timeline folder' });
	});

	it('strict timeline, event with only an unverified citation', () => {
		const t = fixture();
		t.sources?.push(wireSource());
		eventIn(t, 'prisoner-exchange').citations = [{ source: 'wire', quote: 'Anything the wire said.' }];
		const r = run(t);
		expectOnlyIssue(r, {
			kind: 'event',
			id: 'prisoner-exchange',
			field: 'citations',
			message: 'this timeline is strict: every event needs at least one quote verified against an archived source',
			line: lineOf(r.text, '"source": "wire"') - 2
		});
	});

	it('non-strict event with no citations, timeline not declared unsourced', () => {
		const t = fixture();
		t.strict = false;
		delete eventIn(t, 'prisoner-exchange').citations;
		const r = run(t);
		expectOnlyIssue(r, {
			kind: 'event',
			id: 'prisoner-exchange',
			field: 'citations',
			message: 'event "prisoner-exchange" cites nothing; add a citation, or declare the timeline "unsourced": true',
			line: lineOf(r.text, '"id": "prisoner-exchange"') - 1
		});
	});

	it('strict and unsourced together', () => {
		const t = fixture();
		t.unsourced = true;
		expectOnlyIssue(run(t), { kind: 'timeline', field: 'unsourced', message: 'a strict timeline cannot also be unsourced', at: '"unsourced": true' });
	});

	it('discrepancy with an unknown event', () => {
		const t = fixture();
		t.discrepancies = [discrepancy({ events: ['prisoner-exchange', 'ghost'] })];
		expectOnlyIssue(run(t), { kind: 'discrepancy', id: 'exchange-size', field: 'events[1]', message: 'event "ghost" does not exist', at: '"ghost"' });
	});

	it('discrepancy claim that is not verbatim', () => {
		const t = fixture();
		t.discrepancies = [discrepancy({ claims: [{ source: 'report', quote: '175 prisoners' }, { source: 'report', quote: 'on March 20' }] })];
		expectOnlyIssue(run(t), { kind: 'discrepancy', id: 'exchange-size', field: 'claims[1].quote', message: 'quote not found verbatim', at: '"quote": "on March 20"' });
	});

	it('a source with no archive, URL or title', () => {
		const t = fixture();
		t.sources?.push({ id: 'rumour', title: null, publisher: null });
		const r = run(t);
		expectOnlyIssue(r, { kind: 'source', id: 'rumour', field: '', message: 'a source needs an archived text, a URL or a title', line: lineOf(r.text, '"id": "rumour"') - 1 });
	});

	it('a file that is not one object', () => {
		expectOnlyIssue(run([fixture()]), { kind: 'timeline', field: '', message: 'the file must hold one object', line: 1 });
	});

	it('an empty file', () => {
		const issues = issuesOf(run(null, { text: '\n' }));
		expect(issues).toEqual([{ file: FILE, line: undefined, column: undefined, entity: { kind: 'timeline' }, field: '', message: 'the file is empty' }]);
	});

	it('a duplicate key', () => {
		const text = JSON.stringify(fixture(), null, 2).replace('"strict": true,', '"strict": true,\n  "strict": true,');
		expectOnlyIssue(run(null, { text }), { kind: 'timeline', field: '', message: 'this key appears twice', line: lineOf(text, '"strict": true') + 1 });
	});
});

describe('validateTimeline: every problem at once', () => {
	it('reports three independent errors in three events as three issues, in file order', () => {
		const t = fixture();
		setRaw(eventIn(t, 'prisoner-exchange'), 'date', '2025-03-19');
		eventIn(t, 'conditions').category = 'nope';
		eventIn(t, 'phone-call').when = '18 March';
		const r = run(t);
		const issues = issuesOf(r);
		expect(issues.map((i) => `${i.entity.id} ${i.field}`)).toEqual(['prisoner-exchange date', 'conditions category', 'phone-call when']);
		expect(issues.map((i) => i.line)).toEqual([lineOf(r.text, '"date"'), lineOf(r.text, '"category": "nope"'), lineOf(r.text, '"when": "18 March"')]);
	});

	it('does not let a schema error in one event hide a reference error in another', () => {
		const t = fixture();
		setRaw(eventIn(t, 'prisoner-exchange'), 'status', 'done');
		eventIn(t, 'phone-call').actors = ['biden'];
		const issues = issuesOf(run(t));
		expect(issues).toHaveLength(2);
		expectIssue(issues[0], { kind: 'event', id: 'prisoner-exchange', field: 'status', message: 'Invalid option' });
		expectIssue(issues[1], { kind: 'event', id: 'phone-call', field: 'actors[0]', message: 'actor "biden" is not declared' });
	});

	it('reports errors in sources, events and discrepancies together', () => {
		const t = fixture();
		t.sources?.push({ id: 'rumour', title: null, publisher: null });
		eventIn(t, 'conditions').parent = 'the-call';
		t.discrepancies = [discrepancy({ events: ['ghost'] })];
		const issues = issuesOf(run(t));
		expect(issues.map((i) => `${i.entity.kind} ${i.entity.id} ${i.field}`)).toEqual(['source rumour ', 'event conditions parent', 'discrepancy exchange-size events[0]']);
	});

	it('reports every problem of one event: a bad status does not hide a misquote and an unknown category', () => {
		const t = fixture();
		const e = eventIn(t, 'prisoner-exchange');
		setRaw(e, 'status', 'done');
		e.category = 'prisoners';
		e.citations = [{ source: 'report', quote: 'Russia will hand over 176 prisoners on March 19.' }];
		const issues = issuesOf(run(t));
		expect(issues.map((i) => `${i.entity.id} ${i.field}`)).toEqual([
			'prisoner-exchange status',
			'prisoner-exchange category',
			'prisoner-exchange citations[0].quote'
		]);
		expect(issues[1]?.message).toContain('category "prisoners" is not one of');
		expect(issues[2]?.message).toContain('not found verbatim');
	});

	it('checks the other citations of an event when one of them is broken', () => {
		const t = fixture();
		eventIn(t, 'phone-call').citations = [
			{ source: 'report', quote: '  ' },
			{ source: 'report', quote: 'lasting over three hours' }
		];
		const issues = issuesOf(run(t));
		expect(issues.map((i) => `${i.entity.id} ${i.field}`)).toEqual(['phone-call citations[0].quote', 'phone-call citations[1].quote']);
		expect(issues[1]?.message).toContain('not found verbatim');
	});

	it('verifies quotes against a source that has a problem of its own', () => {
		const t = fixture();
		setRaw(t.sources?.[0] as object, 'url', 'not a url');
		eventIn(t, 'phone-call').citations = [{ source: 'report', quote: 'lasting over three hours' }];
		const issues = issuesOf(run(t));
		expect(issues.map((i) => `${i.entity.kind} ${i.entity.id} ${i.field}`)).toEqual(['source report url', 'event phone-call citations[0].quote']);
	});

	it('reports a discrepancy with a bad title and an unknown event together', () => {
		const t = fixture();
		t.discrepancies = [discrepancy({ title: '', events: ['ghost'] })];
		const issues = issuesOf(run(t));
		expect(issues.map((i) => `${i.entity.id} ${i.field}`)).toEqual(['exchange-size title', 'exchange-size events[0]']);
	});

	it('does not report a reference to an element that is itself broken', () => {
		const t = fixture();
		// phone-call fails its own schema, but conditions and prisoner-exchange may still point at it.
		setRaw(eventIn(t, 'phone-call'), 'status', 'done');
		const issues = issuesOf(run(t));
		expect(issues.map((i) => `${i.entity.id} ${i.field}`)).toEqual(['phone-call status']);
	});
});

describe('validateTimeline: a valid timeline', () => {
	it('sorts events by time, parent before child on the same day', () => {
		const timeline = timelineOf(run(fixture()));
		// In the file: prisoner-exchange (19 March), conditions (child, 18 March), phone-call (parent, 18 March).
		expect(timeline.events.map((e) => e.id)).toEqual(['phone-call', 'conditions', 'prisoner-exchange']);
	});

	it('keeps file order for events on the same instant at the same depth', () => {
		const t = fixture();
		t.events.push(event('b-second', { parent: 'phone-call' }), event('a-third', { parent: 'phone-call' }));
		const timeline = timelineOf(run(t));
		expect(timeline.events.map((e) => e.id)).toEqual(['phone-call', 'conditions', 'b-second', 'a-third', 'prisoner-exchange']);
		expect(byId(timeline, 'phone-call').children).toEqual(['conditions', 'b-second', 'a-third']);
	});

	it('orders a grandchild after its parent', () => {
		const t = fixture();
		t.events.unshift(event('detail', { parent: 'conditions' }));
		const timeline = timelineOf(run(t));
		expect(timeline.events.map((e) => e.id)).toEqual(['phone-call', 'conditions', 'detail', 'prisoner-exchange']);
	});

	it('links children to their parent', () => {
		const timeline = timelineOf(run(fixture()));
		expect(byId(timeline, 'phone-call').children).toEqual(['conditions']);
		expect(byId(timeline, 'conditions')).toMatchObject({ parent: 'phone-call', children: [] });
	});

	it('adds the inverse of each related link to the other event', () => {
		const timeline = timelineOf(run(fixture()));
		expect(byId(timeline, 'prisoner-exchange').related).toEqual([{ event: 'phone-call', relation: 'related', direction: 'out' }]);
		expect(byId(timeline, 'phone-call').related).toEqual([{ event: 'prisoner-exchange', relation: 'related', direction: 'in' }]);
		expect(byId(timeline, 'conditions').related).toEqual([]);
	});

	it('attaches discrepancies to the events they bear on', () => {
		const t = fixture();
		t.discrepancies = [discrepancy()];
		const timeline = timelineOf(run(t));
		expect(byId(timeline, 'prisoner-exchange').discrepancies).toEqual(['exchange-size']);
		expect(byId(timeline, 'phone-call').discrepancies).toEqual([]);
		expect(timeline.discrepancies).toHaveLength(1);
		expect(timeline.discrepancies[0]?.claims.map((c) => c.verification.state)).toEqual(['verified', 'verified']);
	});

	it('computes the span of all known dates', () => {
		const timeline = timelineOf(run(fixture()));
		expect(timeline.span).toEqual({ earliestMs: Date.UTC(2025, 2, 18), latestMs: Date.UTC(2025, 2, 20) - 1 });
	});

	it('leaves unbounded ends out of the span', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').when = '[2025-03-19..]';
		t.events.push(event('ongoing', { when: '2025-03-25/..' }));
		const timeline = timelineOf(run(t));
		expect(timeline.span).toEqual({ earliestMs: Date.UTC(2025, 2, 18), latestMs: Date.UTC(2025, 2, 25) });
	});

	it('gives verified offsets that slice the archive to the quote', () => {
		const timeline = timelineOf(run(fixture()));
		const citations = timeline.events.flatMap((e) => e.citations);
		expect(citations).toHaveLength(3);
		for (const citation of citations) {
			if (citation.verification.state !== 'verified') throw new Error(`${citation.quote} is not verified`);
			const passage = ARCHIVE.slice(citation.verification.start, citation.verification.end);
			expect(foldForMatching(passage).text).toBe(foldForMatching(citation.quote).text);
		}
		// The source has a double space and a line break where the quote has single spaces.
		const call = byId(timeline, 'phone-call').citations[0]?.verification;
		expect(call?.state === 'verified' && ARCHIVE.slice(call.start, call.end)).toBe('lasting over\ntwo hours');
		// And a curly apostrophe and an em dash where the quote has ' and -.
		const conditions = byId(timeline, 'conditions').citations[0]?.verification;
		expect(conditions?.state === 'verified' && ARCHIVE.slice(conditions.start, conditions.end)).toBe('Russia\u2019s conditions were set out \u2014 in full.');
	});

	it('carries the timeline metadata, with defaults, and the archives', () => {
		const r = run(fixture());
		const timeline = timelineOf(r);
		expect(timeline).toMatchObject({
			format: 1,
			slug: 'test',
			title: 'Test timeline',
			language: 'en',
			timeZone: 'UTC',
			strict: true,
			unsourced: false
		});
		expect(timeline.categories.map((c) => c.id)).toEqual(['call', 'humanitarian']);
		expect(r.result.ok && r.result.archives.get('report')).toBe(ARCHIVE);
	});

	it('resolves sources: furniture offsets and publication date', () => {
		const [source] = timelineOf(run(fixture())).sources;
		const start = ARCHIVE.indexOf(FURNITURE);
		expect(source).toMatchObject({ id: 'report', archive: ARCHIVE_PATH, notes: [], furniture: [{ start, end: start + FURNITURE.length }] });
		expect(source?.published).toMatchObject({ kind: 'point', earliestMs: Date.UTC(2025, 2, 19) });
	});

	it('verifies a quote found in several places at its first place', () => {
		const t = fixture();
		eventIn(t, 'prisoner-exchange').citations = [{ source: 'report', quote: 'Russia' }];
		const verification = byId(timelineOf(run(t)), 'prisoner-exchange').citations[0]?.verification;
		expect(verification).toEqual({ state: 'verified', start: ARCHIVE.indexOf('Russia'), end: ARCHIVE.indexOf('Russia') + 6 });
	});

	it('accepts a referenced-only source in a non-strict timeline, its quotes unverified', () => {
		const t = fixture();
		t.strict = false;
		t.sources?.push(wireSource());
		eventIn(t, 'prisoner-exchange').citations = [{ source: 'wire', quote: 'Quoted from a page nobody archived.' }];
		const timeline = timelineOf(run(t));
		const exchange = byId(timeline, 'prisoner-exchange');
		expect(exchange.citations).toEqual([{ source: 'wire', quote: 'Quoted from a page nobody archived.', note: undefined, verification: { state: 'unverified' } }]);
		expect(backingOf(exchange)).toBe('unverified');
		expect(backingOf(byId(timeline, 'phone-call'))).toBe('verified');
		expect(timeline.sources.find((s) => s.id === 'wire')).toMatchObject({ url: 'https://example.org/wire', furniture: [] });
	});

	it('lets events of an unsourced timeline cite nothing', () => {
		const t = fixture();
		t.strict = false;
		t.unsourced = true;
		delete eventIn(t, 'prisoner-exchange').citations;
		const timeline = timelineOf(run(t));
		const exchange = byId(timeline, 'prisoner-exchange');
		expect(exchange.citations).toEqual([]);
		expect(backingOf(exchange)).toBe('unsourced');
		expect(timeline.unsourced).toBe(true);
	});

	it('reads the same timeline from YAML, with YAML line numbers in issues', () => {
		const t = fixture();
		const yamlFile = 'data/timelines/test/timeline.yaml';
		const valid = timelineOf(run(null, { text: toYaml(t), format: 'yaml', file: yamlFile }));
		expect(valid.events.map((e) => e.id)).toEqual(['phone-call', 'conditions', 'prisoner-exchange']);

		eventIn(t, 'conditions').category = 'nope';
		const r = run(null, { text: toYaml(t), format: 'yaml', file: yamlFile });
		expectOnlyIssue(r, { kind: 'event', id: 'conditions', field: 'category', message: 'category "nope"', file: yamlFile, at: 'category: nope' });
	});
});

/** The fixture as an import would write it: not strict, unsourced, with an era. */
function importedFixture(): TimelineInput {
	const t = fixture();
	t.strict = false;
	t.unsourced = true;
	t.eras = [{ id: 'the-week', title: 'The week of the call', when: '2025-03-17/2025-03-23' }];
	return t;
}

describe('validateTimeline: imported fields', () => {
	it('keeps display, textHtml, media, background, references, externalId, eras, scale, cover and origin', () => {
		const t = importedFixture();
		t.sources?.push(wireSource());
		Object.assign(eventIn(t, 'phone-call'), {
			externalId: 'Call!',
			display: 'Tuesday afternoon',
			textHtml: '<p>They <b>spoke</b>.</p>',
			media: { url: 'https://youtu.be/x', caption: '<i>The call</i>', credit: 'Pool' },
			background: { color: '#fff', opacity: 50 },
			references: ['wire']
		});
		delete eventIn(t, 'phone-call').citations;
		delete eventIn(t, 'conditions').summary;
		t.scale = 'human';
		t.cover = { textHtml: '<p>Cover</p>', background: { url: 'https://example.org/b.jpg' } };
		t.origin = { format: 'TimelineJS 3 JSON', file: 'call.json' };
		const timeline = timelineOf(run(t));
		const call = byId(timeline, 'phone-call');
		expect(call).toMatchObject({ externalId: 'Call!', display: 'Tuesday afternoon', textHtml: '<p>They <b>spoke</b>.</p>', references: ['wire'] });
		expect(call.media).toEqual({ url: 'https://youtu.be/x', caption: '<i>The call</i>', credit: 'Pool' });
		expect(call.background).toEqual({ color: '#fff', opacity: 50 });
		expect(backingOf(call)).toBe('unverified');
		expect(byId(timeline, 'conditions').summary).toBe('');
		expect(timeline.eras).toHaveLength(1);
		expect(timeline.eras[0]?.when).toMatchObject({ kind: 'range', earliestMs: Date.UTC(2025, 2, 17), latestMs: Date.UTC(2025, 2, 24) - 1 });
		expect(timeline).toMatchObject({ scale: 'human', cover: t.cover, origin: t.origin });
	});

	it('gives a timeline without eras an empty list, and sorts eras by start', () => {
		expect(timelineOf(run(fixture())).eras).toEqual([]);
		const t = importedFixture();
		t.eras?.push({ id: 'before', title: 'Before', when: '2025-03-01/2025-03-10' });
		expect(timelineOf(run(t)).eras.map((e) => e.id)).toEqual(['before', 'the-week']);
	});

	it('accepts the new status "unassessed"', () => {
		const t = importedFixture();
		eventIn(t, 'phone-call').status = 'unassessed';
		expect(byId(timelineOf(run(t)), 'phone-call').status).toBe('unassessed');
	});

	it.each<[string, (t: TimelineInput) => void, Expected]>([
		[
			'media url that is not text',
			(t) => setRaw(eventIn(t, 'phone-call'), 'media', { url: 42 }),
			{ kind: 'event', id: 'phone-call', field: 'media.url', message: 'expected string, received number' }
		],
		[
			'media without a url',
			(t) => setRaw(eventIn(t, 'phone-call'), 'media', { caption: 'x' }),
			{ kind: 'event', id: 'phone-call', field: 'media.url', message: 'is required but missing' }
		],
		[
			'unknown field in media',
			(t) => setRaw(eventIn(t, 'phone-call'), 'media', { url: 'https://x.org', credits: 'x' }),
			{ kind: 'event', id: 'phone-call', field: 'media.credits', message: 'unknown field "credits"' }
		],
		[
			'background opacity over 100',
			(t) => setRaw(eventIn(t, 'phone-call'), 'background', { opacity: 150 }),
			{ kind: 'event', id: 'phone-call', field: 'background.opacity', message: '100' }
		],
		[
			'reference to an unknown source',
			(t) => (eventIn(t, 'phone-call').references = ['nowhere']),
			{ kind: 'event', id: 'phone-call', field: 'references[0]', message: 'source "nowhere" is not declared in "sources"' }
		],
		[
			'era that is not a range',
			(t) => ((t.eras as NonNullable<TimelineInput['eras']>)[0] = { id: 'the-week', title: 'The week', when: '2025-03-17' }),
			{ kind: 'era', id: 'the-week', field: 'when', message: 'an era is a span with a start and an end date' }
		],
		[
			'era with an open end',
			(t) => ((t.eras as NonNullable<TimelineInput['eras']>)[0] = { id: 'the-week', title: 'The week', when: '2025-03-17/..' }),
			{ kind: 'era', id: 'the-week', field: 'when', message: 'an era is a span with a start and an end date' }
		],
		[
			'era with a bad date',
			(t) => ((t.eras as NonNullable<TimelineInput['eras']>)[0] = { id: 'the-week', title: 'The week', when: '2025-03-17/next week' }),
			{ kind: 'era', id: 'the-week', field: 'when', message: 'date "2025-03-17/next week"' }
		],
		[
			'era without a title',
			(t) => deleteRaw((t.eras as NonNullable<TimelineInput['eras']>)[0] as object, 'title'),
			{ kind: 'era', id: 'the-week', field: 'title', message: 'is required but missing' }
		],
		[
			'duplicate era id',
			(t) => t.eras?.push({ id: 'the-week', title: 'Again', when: '2025-03-17/2025-03-18' }),
			{ kind: 'era', id: 'the-week', field: 'id', message: 'id "the-week" is already used by eras[0]' }
		],
		[
			'unknown scale',
			(t) => setRaw(t, 'scale', 'geological'),
			{ kind: 'timeline', field: 'scale', message: 'human' }
		],
		[
			'origin without a format',
			(t) => setRaw(t, 'origin', { file: 'x.json' }),
			{ kind: 'timeline', field: 'origin.format', message: 'is required but missing' }
		],
		[
			'empty summary text',
			(t) => (eventIn(t, 'phone-call').summary = '  '),
			{ kind: 'event', id: 'phone-call', field: 'summary', message: 'must not be empty' }
		]
	])('%s', (_, change, expected) => {
		const t = importedFixture();
		change(t);
		const r = run(t);
		expectOnlyIssue(r, expected);
	});

	it('lets references back an event in a timeline that is not unsourced', () => {
		const t = fixture();
		t.strict = false;
		t.sources?.push(wireSource());
		eventIn(t, 'conditions').citations = [];
		eventIn(t, 'conditions').references = ['wire'];
		expect(backingOf(byId(timelineOf(run(t)), 'conditions'))).toBe('unverified');
	});
});

describe('validateTimeline: HTML, links and colours are safe to publish', () => {
	// Each of these validated before and was copied as it stood into /t/<slug>/timeline.json and the TimelineJS export.
	const call = (t: TimelineInput) => eventIn(t, 'phone-call');
	it.each<[string, (t: TimelineInput) => void, Expected]>([
		[
			'a script in textHtml',
			(t) => (call(t).textHtml = '<p>Hi</p><script>alert(1)</script>'),
			{ kind: 'event', id: 'phone-call', field: 'textHtml', message: 'contains <script>, which sanitizing removes' }
		],
		[
			'an event handler in textHtml',
			(t) => (call(t).textHtml = '<img src="https://x.org/a.jpg" onerror="alert(1)">'),
			{ kind: 'event', id: 'phone-call', field: 'textHtml', message: 'the attribute onerror on <img>' }
		],
		[
			'a javascript: link in textHtml',
			(t) => (call(t).textHtml = '<a href="javascript:alert(1)">x</a>'),
			{ kind: 'event', id: 'phone-call', field: 'textHtml', message: 'href="javascript:alert(1)" on <a>' }
		],
		[
			'a javascript: link disguised by a character reference',
			(t) => (call(t).textHtml = '<a href="&#106;avascript:alert(1)">x</a>'),
			{ kind: 'event', id: 'phone-call', field: 'textHtml', message: 'not an absolute http:, https:, mailto: link' }
		],
		[
			'a style attribute in textHtml',
			(t) => (call(t).textHtml = '<p style="position:fixed;inset:0">Cover the page</p>'),
			{ kind: 'event', id: 'phone-call', field: 'textHtml', message: 'the attribute style on <p>' }
		],
		[
			'a tag written to slip past a filter',
			(t) => (call(t).textHtml = '<img/src="x"/onerror="alert(1)">'),
			{ kind: 'event', id: 'phone-call', field: 'textHtml', message: 'not a well-formed tag' }
		],
		[
			'a script in an era text',
			(t) => ((t.eras as NonNullable<TimelineInput['eras']>)[0]!.textHtml = '<svg onload="alert(1)">'),
			{ kind: 'era', id: 'the-week', field: 'textHtml', message: 'contains <svg>' }
		],
		[
			'a script in the cover text',
			(t) => (t.cover = { textHtml: '<iframe src="https://evil.example"></iframe>' }),
			{ kind: 'timeline', field: 'cover.textHtml', message: 'contains <iframe>' }
		],
		[
			'an event handler in a media caption',
			(t) => (call(t).media = { url: 'https://x.org/a.jpg', caption: '<b onmouseover="alert(1)">Hi</b>' }),
			{ kind: 'event', id: 'phone-call', field: 'media.caption', message: 'the attribute onmouseover on <b>' }
		],
		[
			'a javascript: media url',
			(t) => (call(t).media = { url: 'javascript:alert(1)' }),
			{ kind: 'event', id: 'phone-call', field: 'media.url', message: 'is a javascript: link' }
		],
		[
			'a javascript: media url with a tab in its scheme',
			(t) => (call(t).media = { url: 'java\tscript:alert(1)' }),
			{ kind: 'event', id: 'phone-call', field: 'media.url', message: 'U+0009' }
		],
		[
			'a data: media url',
			(t) => (call(t).media = { url: 'data:text/html,<script>alert(1)</script>' }),
			{ kind: 'event', id: 'phone-call', field: 'media.url', message: '"<"' }
		],
		[
			'a media url that would close the attribute it is pasted into',
			(t) => (call(t).media = { url: "https://x.org/a.jpg' onerror='alert(1)" }),
			{ kind: 'event', id: 'phone-call', field: 'media.url', message: 'percent-encode' }
		],
		[
			'an embed code with a frame',
			(t) => (call(t).media = { url: '<iframe src="https://evil.example"></iframe>' }),
			{ kind: 'event', id: 'phone-call', field: 'media.url', message: 'contains <iframe>' }
		],
		[
			'a javascript: thumbnail',
			(t) => (call(t).media = { url: 'https://x.org/a.jpg', thumbnail: 'JavaScript:alert(1)' }),
			{ kind: 'event', id: 'phone-call', field: 'media.thumbnail', message: 'is a javascript: link' }
		],
		[
			'a vbscript: media link',
			(t) => (call(t).media = { url: 'https://x.org/a.jpg', link: 'vbscript:msgbox(1)' }),
			{ kind: 'event', id: 'phone-call', field: 'media.link', message: 'is a vbscript: link' }
		],
		[
			'a link target that is not a window name',
			(t) => (call(t).media = { url: 'https://x.org/a.jpg', linkTarget: '_blank" onclick="alert(1)' }),
			{ kind: 'event', id: 'phone-call', field: 'media.linkTarget', message: 'window name' }
		],
		[
			'a data: background image',
			(t) => (call(t).background = { url: 'data:image/svg+xml;base64,PHN2Zz4=' }),
			{ kind: 'event', id: 'phone-call', field: 'background.url', message: 'is a data: link' }
		],
		[
			'a background colour that breaks out of the style',
			(t) => (call(t).background = { color: 'red;}</style><script>alert(1)</script>' }),
			{ kind: 'event', id: 'phone-call', field: 'background.color', message: 'must be a CSS colour' }
		],
		[
			'a background colour that is a CSS expression',
			(t) => (t.cover = { background: { color: 'url(https://evil.example/x)' } }),
			{ kind: 'timeline', field: 'cover.background.color', message: 'must be a CSS colour' }
		],
		[
			'HTML in a category group name',
			(t) => (t.categories[0]!.externalGroup = '<img src=x onerror=alert(1)>'),
			{ kind: 'category', id: 'call', field: 'externalGroup', message: 'must be plain text: "<img src=x onerror=alert(1)>"' }
		],
		[
			'HTML in a display date',
			(t) => (call(t).display = 'Winter <script>alert(1)</script>'),
			{ kind: 'event', id: 'phone-call', field: 'display', message: 'must be plain text' }
		],
		[
			'HTML in a media alt text',
			(t) => (call(t).media = { url: 'https://x.org/a.jpg', alt: '"><script>alert(1)</script>' }),
			{ kind: 'event', id: 'phone-call', field: 'media.alt', message: 'must be plain text' }
		]
	])('refuses %s', (_, change, expected) => {
		const t = importedFixture();
		change(t);
		expectOnlyIssue(run(t), expected);
	});

	it('accepts what the import keeps: sanitized HTML, http(s) and relative links, embed codes, hex and named colours', () => {
		const t = importedFixture();
		const html =
			'<p class="lead">They <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">spoke</a>; 3 < 4 &amp; 5 > 4.</p>' +
			'<br><img src="https://example.org/a.jpg" alt="The call"><ul><li><em>one</em></li></ul><blockquote cite="https://example.org">Q</blockquote>' +
			'<a href="mailto:desk@example.org" aria-label="Mail">mail</a>';
		Object.assign(call(t), {
			textHtml: html,
			display: 'Winter 1815 & after, <3',
			media: { url: '//upload.wikimedia.org/a.jpg', thumbnail: 'examples/taylor/born.jpg', link: 'https://example.org/x', linkTarget: '_blank', caption: '<i>The call</i>' },
			background: { color: 'PapayaWhip', url: '/static/img/bg.jpg' }
		});
		eventIn(t, 'conditions').media = { url: '<blockquote class="twitter-tweet"><p>Text</p><a href="https://twitter.com/x/status/1">link</a></blockquote>' };
		t.cover = { background: { color: '#F45B69' } };
		t.categories[0]!.externalGroup = 'Council & Crown';
		const timeline = timelineOf(run(t));
		expect(byId(timeline, 'phone-call').textHtml).toBe(html);
	});
});

describe('validateTimeline: limits', () => {
	it.each<[string, (t: TimelineInput) => void, Expected]>([
		[
			'an event title over 1,000 characters',
			(t) => (eventIn(t, 'phone-call').title = 'T'.repeat(1_001)),
			{ kind: 'event', id: 'phone-call', field: 'title', message: 'is 1,001 characters long; at most 1,000 are allowed' }
		],
		[
			'a timeline summary over 20,000 characters',
			(t) => (t.summary = 'word '.repeat(4_001)),
			{ kind: 'timeline', field: 'summary', message: 'at most 20,000' }
		],
		[
			'a quote over 5,000 characters (reported as too long, not as a misquote)',
			(t) => (eventIn(t, 'phone-call').citations = [{ source: 'report', quote: 'q'.repeat(5_001) }]),
			{ kind: 'event', id: 'phone-call', field: 'citations[0].quote', message: 'at most 5,000' }
		],
		[
			'a nested object where a title belongs',
			(t) => setRaw(eventIn(t, 'phone-call'), 'title', { en: 'The call', uk: 'Розмова' }),
			{ kind: 'event', id: 'phone-call', field: 'title', message: 'must be text, not a nested object' }
		],
		[
			'a list where a summary belongs',
			(t) => setRaw(eventIn(t, 'phone-call'), 'summary', ['one', 'two']),
			{ kind: 'event', id: 'phone-call', field: 'summary', message: 'must be text, not a list' }
		]
	])('refuses %s', (_, change, expected) => {
		const t = fixture();
		change(t);
		expectOnlyIssue(run(t), expected);
	});

	it('in YAML, says how to write text that YAML read as a list or a mapping', () => {
		const t = fixture();
		const yamlFile = 'data/timelines/test/timeline.yaml';
		const text = toYaml(t).replace('title: Event phone-call', 'title: { en: The call }').replace('when: 2025-03-18', 'when: [..2025-03-18]');
		const issues = issuesOf(run(null, { text, format: 'yaml', file: yamlFile }));
		expect(issues.map(formatIssue).join('\n')).toContain('› when: must be text, not a list; in YAML, quote a value that starts with "["');
		expect(issues.map(formatIssue).join('\n')).toContain('› title: must be text, not a nested object; in YAML, quote a value that starts with "{" or holds ": "');
	});

	it('counts characters, not UTF-16 units: 1,000 emoji make a valid title', () => {
		const t = fixture();
		eventIn(t, 'phone-call').title = '📞'.repeat(1_000);
		expect(byId(timelineOf(run(t)), 'phone-call').title).toHaveLength(2_000);
	});
});

describe('formatIssue', () => {
	const base: ValidationIssue = { file: 'data/t/timeline.json', line: 42, column: 7, entity: { kind: 'event', id: 'phone-call', index: 1 }, field: 'when', message: 'date is bad' };
	it.each<[string, ValidationIssue, string]>([
		['event field', base, 'data/t/timeline.json:42:7 event "phone-call" › when: date is bad'],
		['nested field', { ...base, field: 'citations[0].quote' }, 'data/t/timeline.json:42:7 event "phone-call" › citations[0].quote: date is bad'],
		['whole entity', { ...base, entity: { kind: 'source', id: 'rumour' }, field: '' }, 'data/t/timeline.json:42:7 source "rumour": date is bad'],
		['entity without an id', { ...base, entity: { kind: 'event', index: 3 }, field: 'id' }, 'data/t/timeline.json:42:7 event #3 › id: date is bad'],
		['timeline field', { ...base, entity: { kind: 'timeline' }, field: 'unsourced' }, 'data/t/timeline.json:42:7 unsourced: date is bad'],
		['timeline as a whole', { ...base, entity: { kind: 'timeline' }, field: '' }, 'data/t/timeline.json:42:7: date is bad'],
		['no column', { ...base, column: undefined }, 'data/t/timeline.json:42:1 event "phone-call" › when: date is bad'],
		['no line', { ...base, line: undefined, column: undefined, entity: { kind: 'timeline' }, field: '' }, 'data/t/timeline.json: date is bad']
	])('%s', (_, issue, expected) => {
		expect(formatIssue(issue)).toBe(expected);
	});

	it('formats a real issue as one line', () => {
		const t = fixture();
		eventIn(t, 'phone-call').category = 'nope';
		const r = run(t);
		const [issue] = issuesOf(r);
		expect(formatIssue(issue as ValidationIssue)).toBe(
			`${FILE}:${lineOf(r.text, '"category": "nope"')}:19 event "phone-call" › category: category "nope" is not one of the timeline's categories (call, humanitarian)`
		);
	});
});

describe('formatPath', () => {
	it.each<[Array<string | number>, string]>([
		[[], ''],
		[['title'], 'title'],
		[['citations', 0, 'quote'], 'citations[0].quote'],
		[['events', 3, 'related', 1, 'event'], 'events[3].related[1].event']
	])('%j → %s', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});
});

describe('validateTimeline: the story (story mode’s own order)', () => {
	it('keeps the declared order, which is not time order', () => {
		const t = { ...fixture(), story: { events: ['prisoner-exchange', 'phone-call'] } };
		const timeline = timelineOf(run(t));
		expect(timeline.story).toEqual({ events: ['prisoner-exchange', 'phone-call'] });
		// The events themselves stay in time order.
		expect(timeline.events.map((e) => e.id)).toEqual(['phone-call', 'conditions', 'prisoner-exchange']);
	});

	it('an unknown event: named, at its place in the story', () => {
		const t = { ...fixture(), story: { events: ['phone-call', 'the-call'] } };
		expectOnlyIssue(run(t), { kind: 'timeline', field: 'story.events[1]', message: 'event "the-call" does not exist', at: '"the-call"' });
	});

	it('an event told twice', () => {
		const t = { ...fixture(), story: { events: ['phone-call', 'conditions', 'phone-call'] } };
		expectOnlyIssue(run(t), { kind: 'timeline', field: 'story.events[2]', message: 'event "phone-call" is already step 1 of the story' });
	});

	it('an empty story, and an unknown field in it', () => {
		expectOnlyIssue(run({ ...fixture(), story: { events: [] } }), { kind: 'timeline', field: 'story.events', message: 'needs at least one event' });
		const issues = issuesOf(run({ ...fixture(), story: { events: ['phone-call'], order: 'time' } }));
		expect(issues.map((i) => i.field)).toEqual(['story.order']);
	});
});
