import { describe, expect, it } from 'vitest';
import {
	addClaim,
	addDiscrepancy,
	addEvent,
	addSource,
	cite,
	citationOf,
	nameFromTitle,
	newDraft,
	removeEvent,
	removeSource,
	renameEvent,
	updateDiscrepancy,
	updateEvent,
	updateTimeline,
	type Draft
} from './draft';
import { validateDraft } from './validate-draft';

const NOTICE = 'Riverside Bridge will be closed to all traffic from 10 March to 4 April 2025.\r\nRoute 4 buses will run via “Mill Lane” — while the bridge is closed.';

function withSource(): { draft: Draft; id: string } {
	return addSource(updateTimeline(newDraft(), { title: 'Bridge', summary: 'A bridge closes.' }), {
		text: NOTICE,
		title: 'Bridge to close',
		publisher: null
	});
}

const at = (text: string, passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });

describe('addSource', () => {
	it('archives the text at sources/<id>.txt with CRLF read as LF, and nothing else changed', () => {
		const { draft, id } = withSource();
		expect(id).toBe('bridge-to-close');
		expect(draft.timeline.sources).toEqual([{ id, title: 'Bridge to close', publisher: null, archive: 'sources/bridge-to-close.txt' }]);
		expect(draft.archives['sources/bridge-to-close.txt']).toBe(NOTICE.replace('\r\n', '\n'));
	});

	it('gives a second source of the same title its own id and archive', () => {
		const { draft } = withSource();
		const second = addSource(draft, { text: 'x', title: 'Bridge to close', publisher: 'Gazette' });
		expect(second.id).toBe('bridge-to-close-2');
		expect(Object.keys(second.draft.archives)).toEqual(['sources/bridge-to-close.txt', 'sources/bridge-to-close-2.txt']);
	});

	it('names an untitled source after the hint, else "source-1"', () => {
		expect(addSource(newDraft(), { text: 'x', title: null, publisher: null, idHint: 'notes.txt' }).id).toBe('notes-txt');
		expect(addSource(newDraft(), { text: 'x', title: null, publisher: null }).id).toBe('source-1');
	});
});

describe('cite', () => {
	it('quotes exactly the archived characters between the offsets, typographic quotes and dashes included', () => {
		const { draft, id } = withSource();
		const text = draft.archives['sources/bridge-to-close.txt'] as string;
		const passage = { source: id, ...at(text, 'via “Mill Lane” — while') };
		expect(citationOf(draft, passage)).toEqual({ source: id, quote: 'via “Mill Lane” — while' });
	});

	it('refuses an empty, blank or out-of-bounds passage, and a source without an archive', () => {
		const { draft, id } = withSource();
		expect(citationOf(draft, { source: id, start: 3, end: 3 })).toBeUndefined();
		expect(citationOf(draft, { source: id, start: 0, end: 10_000 })).toBeUndefined();
		expect(citationOf(draft, { source: 'nope', start: 0, end: 4 })).toBeUndefined();
	});

	it('makes a timeline whose every quote the build verifies', () => {
		let { draft, id: source } = withSource();
		const text = draft.archives[`sources/${source}.txt`] as string;
		const made = addEvent(draft, { title: 'Bridge closed', when: '2025-03-10/2025-04-04' }, { source, ...at(text, 'closed to all traffic') });
		draft = updateEvent(made.draft, made.id, { status: 'announced' });
		draft = cite(draft, made.id, { source, ...at(text, 'Route 4 buses will run via “Mill Lane” — while the bridge is closed.') });
		const result = validateDraft(draft);
		expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([]);
		if (!result.ok) return;
		const citations = result.timeline.events[0]?.citations ?? [];
		expect(citations.map((c) => c.verification.state)).toEqual(['verified', 'verified']);
	});
});

describe('events', () => {
	it('starts a new event undated and unassessed, in the first lane, so that nothing is guessed', () => {
		const { draft, id } = addEvent(newDraft(), { title: 'Council meets' });
		expect(draft.timeline.events[0]).toEqual({ id, title: 'Council meets', when: '', status: 'unassessed', category: 'events', citations: [] });
		const result = validateDraft(draft);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues.some((i) => i.entity.id === id && i.field === 'when')).toBe(true);
	});

	it('renames an event everywhere it is named', () => {
		let draft = addEvent(newDraft(), { title: 'A' }).draft;
		draft = addEvent(draft, { title: 'B' }).draft;
		draft = updateEvent(draft, 'b', { parent: 'a', related: [{ event: 'a', relation: 'led-to' }] });
		draft = addDiscrepancy(draft, 'D').draft;
		draft = updateDiscrepancy(draft, 'd', { events: ['a'] });
		draft = renameEvent(draft, 'a', 'alpha');
		expect(draft.timeline.events.map((e) => e.id)).toEqual(['alpha', 'b']);
		expect(draft.timeline.events[1]).toMatchObject({ parent: 'alpha', related: [{ event: 'alpha', relation: 'led-to' }] });
		expect(draft.timeline.discrepancies?.[0]?.events).toEqual(['alpha']);
	});

	it('names an untitled event after the first title it is given, and only such an event', () => {
		let made = addEvent(newDraft(), { title: '' });
		expect(made.id).toBe('event-1');
		let draft = addEvent(made.draft, { title: 'Other' }).draft;
		draft = updateEvent(draft, 'other', { parent: 'event-1' });
		draft = updateEvent(draft, 'event-1', { title: 'Council meets' });
		made = nameFromTitle(draft, 'event-1');
		expect(made.id).toBe('council-meets');
		expect(made.draft.timeline.events.map((e) => [e.id, e.parent])).toEqual([
			['council-meets', undefined],
			['other', 'council-meets']
		]);
		const again = nameFromTitle(updateEvent(made.draft, 'council-meets', { title: 'Council met' }), 'council-meets');
		expect(again.id).toBe('council-meets');
	});

	it('removes an event and every mention of it', () => {
		let draft = addEvent(newDraft(), { title: 'A' }).draft;
		draft = addEvent(draft, { title: 'B' }).draft;
		draft = updateEvent(draft, 'b', { parent: 'a', related: [{ event: 'a', relation: 'led-to' }] });
		draft = removeEvent(draft, 'a');
		expect(draft.timeline.events).toEqual([expect.objectContaining({ id: 'b', related: [] })]);
		expect(draft.timeline.events[0]).not.toHaveProperty('parent');
	});
});

describe('discrepancies and sources', () => {
	it('collects claims from selected passages', () => {
		const { draft: d0, id: source } = withSource();
		const text = d0.archives[`sources/${source}.txt`] as string;
		const made = addDiscrepancy(d0, 'When it reopens', { source, ...at(text, '4 April 2025') });
		const draft = addClaim(made.draft, made.id, { source, ...at(text, 'while the bridge is closed') });
		expect(draft.timeline.discrepancies?.[0]?.claims.map((c) => c.quote)).toEqual(['4 April 2025', 'while the bridge is closed']);
	});

	it('removing a source removes its archive and its quotes', () => {
		const { draft: d0, id: source } = withSource();
		const text = d0.archives[`sources/${source}.txt`] as string;
		const made = addEvent(d0, { title: 'E' }, { source, ...at(text, 'Route 4') });
		const draft = removeSource(made.draft, source);
		expect(draft.archives).toEqual({});
		expect(draft.timeline.events[0]?.citations).toEqual([]);
	});
});
