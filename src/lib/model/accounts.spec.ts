/**
 * Attribution in the format: whose account a source or a quoted passage relays (`account`),
 * and the sides whose account a timeline lacks (`missingAccounts`). The validator checks the
 * references and carries the fields into the model unchanged.
 */
import { describe, expect, it } from 'vitest';
import { timelineJsonSchema, type TimelineInput } from './schema';
import { accountOf, REPORTER_ACCOUNT, type Timeline } from './timeline';
import { formatIssue, validateTimeline, type ValidationIssue } from './validate';

const FILE = 'data/timelines/test/timeline.json';
const ARCHIVE = 'The Kremlin said the leaders spoke for two hours. Analysts were sceptical.\n';

function fixture(): TimelineInput {
	return {
		format: 1,
		title: 'Accounts',
		summary: 'A timeline for the attribution tests.',
		strict: true,
		categories: [{ id: 'call', label: 'The call' }],
		actors: [
			{ id: 'kremlin', name: 'the Kremlin' },
			{ id: 'white-house', name: 'the White House' }
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
					{ source: 'wire', quote: 'the leaders spoke for two hours' },
					{ source: 'wire', quote: 'Analysts were sceptical.', account: REPORTER_ACCOUNT }
				]
			}
		],
		missingAccounts: [{ actor: 'white-house', note: 'No US readout is cited.' }]
	};
}

function validate(data: unknown) {
	return validateTimeline({ slug: 'test', file: FILE, text: JSON.stringify(data, null, 2), format: 'json', readArchive: (p) => (p === 'sources/wire.txt' ? ARCHIVE : undefined) });
}

function timelineOf(data: unknown): Timeline {
	const result = validate(data);
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.timeline;
}

function issuesOf(data: unknown): ValidationIssue[] {
	const result = validate(data);
	if (result.ok) throw new Error('expected the timeline to be rejected');
	return result.issues;
}

describe('account: whose version a source or a quote relays', () => {
	it('is carried into the model on sources and citations, as written', () => {
		const timeline = timelineOf(fixture());
		expect(timeline.sources[0]?.account).toBe('kremlin');
		const [first, second] = timeline.events[0]?.citations ?? [];
		expect(first?.account).toBeUndefined();
		expect(second?.account).toBe('reporter');
		expect(timeline.missingAccounts).toEqual([{ actor: 'white-house', note: 'No US readout is cited.' }]);
	});

	it("resolves a citation's account: its own, else its source's, else none", () => {
		expect(accountOf({ account: 'reporter' }, { account: 'kremlin' })).toBe('reporter');
		expect(accountOf({}, { account: 'kremlin' })).toBe('kremlin');
		expect(accountOf({}, {})).toBeUndefined();
		expect(accountOf({}, undefined)).toBeUndefined();
	});

	it('leaves the fields out of a timeline that does not use them', () => {
		const data = fixture();
		delete data.missingAccounts;
		delete data.sources?.[0]?.account;
		const timeline = timelineOf(data);
		expect(timeline.missingAccounts).toBeUndefined();
		expect('account' in (timeline.sources[0] ?? {})).toBe(false);
	});

	it('names the file, the event and the field of an account that is no actor', () => {
		const data = fixture();
		const citation = data.events[0]?.citations?.[0];
		if (citation) citation.account = 'kremlin-press';
		const issues = issuesOf(data);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: FILE, entity: { kind: 'event', id: 'call' }, field: 'citations[0].account' });
		expect(issues[0]?.message).toMatch(/account "kremlin-press" is neither one of the timeline's actors \(kremlin, white-house\) nor "reporter"/);
		expect(issues[0]?.line).toEqual(expect.any(Number));
	});

	it('checks the account of a source and of a discrepancy claim', () => {
		const data = fixture();
		if (data.sources?.[0]) data.sources[0].account = 'nobody';
		data.discrepancies = [
			{ id: 'd', title: 'D', note: 'N', claims: [{ source: 'wire', quote: 'two hours' }, { source: 'wire', quote: 'sceptical', account: 'someone' }] }
		];
		const fields = issuesOf(data).map((i) => `${i.entity.kind} ${i.entity.id} ${i.field}`);
		expect(fields).toEqual(['source wire account', 'discrepancy d claims[1].account']);
	});

	it('reserves the id "reporter": no actor may take it', () => {
		const data = fixture();
		data.actors?.push({ id: 'reporter', name: 'A reporter' });
		const issues = issuesOf(data);
		expect(issues.map((i) => [i.entity.kind, i.field])).toEqual([['actor', 'id']]);
		expect(issues[0]?.message).toContain('reserved');
	});

	it('rejects an account field that is not a slug', () => {
		const data = fixture();
		const citation = data.events[0]?.citations?.[0];
		if (citation) citation.account = 'The Kremlin';
		expect(issuesOf(data).map((i) => i.field)).toEqual(['citations[0].account']);
	});
});

describe('missingAccounts: the sides whose account the timeline lacks', () => {
	it('must name a declared actor', () => {
		const data = fixture();
		data.missingAccounts = [{ actor: 'kyiv' }];
		const issues = issuesOf(data);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ entity: { kind: 'timeline' }, field: 'missingAccounts[0].actor' });
		expect(issues[0]?.message).toContain('actor "kyiv" is not declared');
	});

	it('cannot list a side whose account a quote relays', () => {
		const data = fixture();
		data.missingAccounts = [{ actor: 'kremlin' }];
		const issues = issuesOf(data);
		expect(issues.map((i) => i.field)).toEqual(['missingAccounts[0].actor']);
		expect(issues[0]?.message).toContain('sources[0].account relays it');
	});

	it('lists each side once', () => {
		const data = fixture();
		data.missingAccounts = [{ actor: 'white-house' }, { actor: 'white-house' }];
		expect(issuesOf(data).map((i) => i.field)).toEqual(['missingAccounts[1].actor']);
	});

	it('rejects unknown fields in an entry', () => {
		const data = fixture();
		data.missingAccounts = [{ actor: 'white-house', why: 'x' } as never];
		expect(issuesOf(data).map((i) => i.message)).toEqual([expect.stringContaining('unknown field "why"')]);
	});
});

describe('the JSON Schema', () => {
	it('describes account on sources and citations, and missingAccounts', () => {
		const schema = JSON.stringify(timelineJsonSchema());
		expect(schema).toContain('"missingAccounts"');
		expect(schema.match(/"account":/g)?.length).toBeGreaterThanOrEqual(2);
	});
});
