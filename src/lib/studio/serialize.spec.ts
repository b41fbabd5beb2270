import { describe, expect, it } from 'vitest';
import { addEvent, addSource, newDraft, updateEvent, updateTimeline } from './draft';
import { draftFiles, openDraft, timelineFileText } from './serialize';
import { unzipText, zipDraft } from './zip';

function sample() {
	let draft = updateTimeline(newDraft(), { title: 'T', summary: 'S' });
	const source = addSource(draft, { text: 'One two three.', title: 'Src', publisher: 'Pub', url: 'https://example.org/a', published: '2025-03-05' });
	const made = addEvent(source.draft, { title: 'E', when: '2025-03-05' }, { source: source.id, start: 4, end: 13 });
	draft = updateEvent(made.draft, made.id, { summary: '', whenNote: '', actors: [], status: 'happened' });
	return draft;
}

describe('serialize', () => {
	it('leaves out empty optional fields and keeps required ones, quotes as they are', () => {
		const file = JSON.parse(timelineFileText(sample()));
		expect(file.events[0]).toEqual({ id: 'e', title: 'E', when: '2025-03-05', status: 'happened', category: 'events', citations: [{ source: 'src', quote: 'two three' }] });
		expect(file).not.toHaveProperty('actors');
		expect(file).not.toHaveProperty('discrepancies');
		expect(file.title).toBe('T');
	});

	it('writes the archive of every source, and opens what it wrote as the same draft', () => {
		const draft = sample();
		const files = new Map(draftFiles(draft).map((f) => [f.path, f.text]));
		expect([...files.keys()]).toEqual(['timeline.json', 'sources/src.txt']);
		const opened = openDraft(draft.slug, files.get('timeline.json') as string, (p) => files.get(p));
		expect(opened.ok && timelineFileText(opened.draft)).toBe(files.get('timeline.json'));
		expect(opened.ok && opened.draft.archives).toEqual(draft.archives);
	});

	it('opens a folder whose archive is missing, and says so', () => {
		const text = timelineFileText(sample());
		const opened = openDraft('x', text, () => undefined);
		expect(opened.ok && opened.notes).toEqual(['sources/src.txt (source "src") was not found: its quotes cannot be verified until it is added']);
	});

	it('refuses a file that is not JSON or not a timeline, saying why', () => {
		expect(openDraft('x', '{', () => undefined)).toMatchObject({ ok: false, reason: expect.stringContaining('not valid JSON') });
		expect(openDraft('x', '[1]', () => undefined)).toMatchObject({ ok: false, reason: expect.stringContaining('does not hold a timeline') });
	});

	it('zips the folder under its slug, byte for byte', () => {
		const draft = { ...sample(), slug: 'my-line' };
		const files = unzipText(zipDraft(draft));
		expect([...files.keys()].sort()).toEqual(['my-line/sources/src.txt', 'my-line/timeline.json']);
		expect(files.get('my-line/timeline.json')).toBe(timelineFileText(draft));
		expect(files.get('my-line/sources/src.txt')).toBe('One two three.');
	});
});
