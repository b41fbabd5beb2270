/**
 * The studio's draft: a timeline being written, as the files it will be saved as.
 *
 * A draft is the timeline file's object (the documented format, docs/data-format.md) and the
 * archived texts by their path in the folder. It may be incomplete or wrong (an event with no
 * date yet, a title left empty): the validator says what is wrong, the draft never hides it by
 * filling something in. Every operation here is pure and returns a new draft, so that undo is
 * a matter of keeping the old one (history.ts).
 *
 * Quotes come in only through `cite`, as the exact characters of the archived text between two
 * offsets: they verify by construction, and nothing here ever rewrites one.
 */
import type { CitationInput, DiscrepancyInput, EventInput, SourceInput, TimelineInput } from '../model/schema';
import type { Relation, Status } from '../model/vocabulary';
import { slugify } from '../interop/import/slug';
import { uniqueId } from './ids';

export interface Draft {
	/** The folder name, which becomes the URL: /t/<slug>. */
	slug: string;
	/** The timeline file, as it will be written. */
	timeline: TimelineInput;
	/** Archived texts by their path inside the timeline folder (e.g. "sources/gazette.txt"), with LF line endings. */
	archives: Record<string, string>;
}

export const DEFAULT_LANE = { id: 'events', label: 'Events' } as const;

/** A new, empty timeline: one lane, no sources, no events, and a title still to be written. */
export function newDraft(): Draft {
	return {
		slug: 'new-timeline',
		timeline: {
			format: 1,
			title: '',
			summary: '',
			language: 'en',
			timeZone: 'UTC',
			categories: [{ ...DEFAULT_LANE }],
			actors: [],
			sources: [],
			events: [],
			discrepancies: []
		},
		archives: {}
	};
}

/** Archive text as the build reads it: the only normalisation is CRLF (and a lone CR) to LF. */
export function archiveText(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

function withTimeline(draft: Draft, patch: Partial<TimelineInput>): Draft {
	return { ...draft, timeline: { ...draft.timeline, ...patch } };
}

export function updateTimeline(draft: Draft, patch: Partial<Pick<TimelineInput, 'title' | 'summary' | 'language' | 'timeZone' | 'strict'>>): Draft {
	return withTimeline(draft, patch);
}

export function setSlug(draft: Draft, slug: string): Draft {
	return { ...draft, slug };
}

// ——— Sources ———

export interface NewSource {
	/** The archived text, exactly as extracted or pasted (line endings become LF). */
	text: string;
	/** null when the page states none: shown as unknown, never guessed. */
	title: string | null;
	publisher: string | null;
	url?: string;
	/** EDTF. */
	published?: string;
	/** What to make the id from when there is no title, e.g. the file name. */
	idHint?: string;
}

/** Adds a source and its archive at sources/<id>.txt. */
export function addSource(draft: Draft, source: NewSource): { draft: Draft; id: string } {
	const sources = draft.timeline.sources ?? [];
	const takenPaths = new Set(Object.keys(draft.archives));
	const id = uniqueId(source.title ?? source.idHint ?? '', 'source', [
		...sources.map((s) => s.id),
		// An archive already on disk under that name (an opened folder) is not overwritten.
		...[...takenPaths].map((p) => /^sources\/(.+)\.txt$/.exec(p)?.[1] ?? '')
	]);
	const archive = `sources/${id}.txt`;
	const entry: SourceInput = { id, title: source.title, publisher: source.publisher };
	if (source.url) entry.url = source.url;
	if (source.published) entry.published = source.published;
	entry.archive = archive;
	return {
		id,
		draft: {
			...draft,
			timeline: { ...draft.timeline, sources: [...sources, entry] },
			archives: { ...draft.archives, [archive]: archiveText(source.text) }
		}
	};
}

export type SourcePatch = Partial<Pick<SourceInput, 'title' | 'publisher' | 'url' | 'published' | 'account'>>;

export function updateSource(draft: Draft, id: string, patch: SourcePatch): Draft {
	return withTimeline(draft, {
		sources: (draft.timeline.sources ?? []).map((s) => (s.id === id ? dropUndefined({ ...s, ...patch }) : s))
	});
}

/** Removes a source, its archive and every quote from it (events and discrepancy claims). */
export function removeSource(draft: Draft, id: string): Draft {
	const source = (draft.timeline.sources ?? []).find((s) => s.id === id);
	const archives = { ...draft.archives };
	if (source?.archive) delete archives[source.archive];
	const keep = (c: CitationInput) => c.source !== id;
	return {
		...draft,
		archives,
		timeline: {
			...draft.timeline,
			sources: (draft.timeline.sources ?? []).filter((s) => s.id !== id),
			events: draft.timeline.events.map((e) => (e.citations ? { ...e, citations: e.citations.filter(keep) } : e)),
			discrepancies: (draft.timeline.discrepancies ?? []).map((d) => ({ ...d, claims: d.claims.filter(keep) }))
		}
	};
}

/** The archived text of a source, if the draft has it. */
export function archiveOf(draft: Draft, sourceId: string): string | undefined {
	const source = (draft.timeline.sources ?? []).find((s) => s.id === sourceId);
	return source?.archive === undefined ? undefined : draft.archives[source.archive];
}

// ——— Citing ———

/** A passage of a source: the characters of its archive from `start` to `end`. */
export interface Passage {
	source: string;
	start: number;
	end: number;
}

/**
 * The citation for a selected passage: the archived text between the offsets, as it stands.
 * Undefined when the source has no archive or the passage is empty or out of its bounds.
 */
export function citationOf(draft: Draft, passage: Passage): CitationInput | undefined {
	const text = archiveOf(draft, passage.source);
	if (text === undefined || passage.start < 0 || passage.end > text.length || passage.end <= passage.start) return undefined;
	const quote = text.slice(passage.start, passage.end);
	if (quote.trim() === '') return undefined;
	return { source: passage.source, quote };
}

/** Adds the passage as a citation of an existing event. */
export function cite(draft: Draft, eventId: string, passage: Passage): Draft {
	const citation = citationOf(draft, passage);
	if (!citation) return draft;
	return mapEvent(draft, eventId, (e) => ({ ...e, citations: [...(e.citations ?? []), citation] }));
}

export function removeCitation(draft: Draft, eventId: string, index: number): Draft {
	return mapEvent(draft, eventId, (e) => ({ ...e, citations: (e.citations ?? []).filter((_, i) => i !== index) }));
}

export function updateCitation(draft: Draft, eventId: string, index: number, patch: Partial<Pick<CitationInput, 'note' | 'account'>>): Draft {
	return mapEvent(draft, eventId, (e) => ({
		...e,
		citations: (e.citations ?? []).map((c, i) => (i === index ? dropUndefined({ ...c, ...patch }) : c))
	}));
}

// ——— Events ———

export interface NewEvent {
	title: string;
	when?: string;
	category?: string;
}

/**
 * Adds an event. Its date is empty and its status "unassessed" until the editor says otherwise:
 * the studio does not guess what the sources establish.
 */
export function addEvent(draft: Draft, event: NewEvent, passage?: Passage): { draft: Draft; id: string } {
	const id = uniqueId(event.title, 'event', draft.timeline.events.map((e) => e.id));
	const citation = passage ? citationOf(draft, passage) : undefined;
	const entry: EventInput = {
		id,
		title: event.title,
		when: event.when ?? '',
		status: 'unassessed',
		category: event.category ?? draft.timeline.categories[0]?.id ?? DEFAULT_LANE.id,
		citations: citation ? [citation] : []
	};
	return { id, draft: withTimeline(draft, { events: [...draft.timeline.events, entry] }) };
}

export type EventPatch = Partial<Pick<EventInput, 'title' | 'summary' | 'when' | 'whenNote' | 'category' | 'actors' | 'parent' | 'related'>> & {
	status?: Status;
};

export function updateEvent(draft: Draft, id: string, patch: EventPatch): Draft {
	return mapEvent(draft, id, (e) => dropUndefined({ ...e, ...patch }));
}

/**
 * An event made before it had a title is named "event-<n>"; the first title it is given names it
 * instead (when the title is committed, not at every key). Any other id stays as it is: it may
 * be in links already.
 */
export function nameFromTitle(draft: Draft, id: string): { draft: Draft; id: string } {
	const event = draft.timeline.events.find((e) => e.id === id);
	if (!event || !/^event-\d+$/.test(id) || slugify(event.title) === '') return { draft, id };
	const named = uniqueId(event.title, 'event', draft.timeline.events.filter((e) => e.id !== id).map((e) => e.id));
	return { draft: renameEvent(draft, id, named), id: named };
}

export function addRelated(draft: Draft, id: string, other: string, relation: Relation): Draft {
	return mapEvent(draft, id, (e) => ({ ...e, related: [...(e.related ?? []), { event: other, relation }] }));
}

export function removeRelated(draft: Draft, id: string, index: number): Draft {
	return mapEvent(draft, id, (e) => ({ ...e, related: (e.related ?? []).filter((_, i) => i !== index) }));
}

/** Gives an event a new id and follows it everywhere it is named (parents, related links, discrepancies). */
export function renameEvent(draft: Draft, from: string, to: string): Draft {
	if (from === to) return draft;
	const swap = (id: string) => (id === from ? to : id);
	return withTimeline(draft, {
		events: draft.timeline.events.map((e) =>
			dropUndefined({
				...e,
				id: swap(e.id),
				parent: e.parent === undefined ? undefined : swap(e.parent),
				related: e.related?.map((r) => ({ ...r, event: swap(r.event) }))
			})
		),
		discrepancies: (draft.timeline.discrepancies ?? []).map((d) => (d.events ? { ...d, events: d.events.map(swap) } : d))
	});
}

/** Removes an event and every mention of it (a child loses its parent; links and discrepancy mentions go). */
export function removeEvent(draft: Draft, id: string): Draft {
	return withTimeline(draft, {
		events: draft.timeline.events
			.filter((e) => e.id !== id)
			.map((e) =>
				dropUndefined({
					...e,
					parent: e.parent === id ? undefined : e.parent,
					related: e.related?.filter((r) => r.event !== id)
				})
			),
		discrepancies: (draft.timeline.discrepancies ?? []).map((d) => (d.events ? { ...d, events: d.events.filter((e) => e !== id) } : d))
	});
}

function mapEvent(draft: Draft, id: string, change: (event: EventInput) => EventInput): Draft {
	return withTimeline(draft, { events: draft.timeline.events.map((e) => (e.id === id ? change(e) : e)) });
}

// ——— Lanes and actors ———

export function addCategory(draft: Draft, label: string): { draft: Draft; id: string } {
	const id = uniqueId(label, 'lane', draft.timeline.categories.map((c) => c.id));
	return { id, draft: withTimeline(draft, { categories: [...draft.timeline.categories, { id, label }] }) };
}

export function updateCategory(draft: Draft, id: string, label: string): Draft {
	return withTimeline(draft, { categories: draft.timeline.categories.map((c) => (c.id === id ? { ...c, label } : c)) });
}

export function addActor(draft: Draft, name: string): { draft: Draft; id: string } {
	const actors = draft.timeline.actors ?? [];
	const id = uniqueId(name, 'actor', actors.map((a) => a.id));
	return { id, draft: withTimeline(draft, { actors: [...actors, { id, name }] }) };
}

// ——— Discrepancies ———

/** Adds a discrepancy, with the passage as its first claim when one is given. */
export function addDiscrepancy(draft: Draft, title: string, passage?: Passage): { draft: Draft; id: string } {
	const list = draft.timeline.discrepancies ?? [];
	const id = uniqueId(title, 'discrepancy', list.map((d) => d.id));
	const claim = passage ? citationOf(draft, passage) : undefined;
	const entry: DiscrepancyInput = { id, title, note: '', claims: claim ? [claim] : [] };
	return { id, draft: withTimeline(draft, { discrepancies: [...list, entry] }) };
}

export function addClaim(draft: Draft, id: string, passage: Passage): Draft {
	const claim = citationOf(draft, passage);
	if (!claim) return draft;
	return mapDiscrepancy(draft, id, (d) => ({ ...d, claims: [...d.claims, claim] }));
}

export function removeClaim(draft: Draft, id: string, index: number): Draft {
	return mapDiscrepancy(draft, id, (d) => ({ ...d, claims: d.claims.filter((_, i) => i !== index) }));
}

export function updateDiscrepancy(draft: Draft, id: string, patch: Partial<Pick<DiscrepancyInput, 'title' | 'note' | 'events'>>): Draft {
	return mapDiscrepancy(draft, id, (d) => dropUndefined({ ...d, ...patch }));
}

export function removeDiscrepancy(draft: Draft, id: string): Draft {
	return withTimeline(draft, { discrepancies: (draft.timeline.discrepancies ?? []).filter((d) => d.id !== id) });
}

function mapDiscrepancy(draft: Draft, id: string, change: (d: DiscrepancyInput) => DiscrepancyInput): Draft {
	return withTimeline(draft, { discrepancies: (draft.timeline.discrepancies ?? []).map((d) => (d.id === id ? change(d) : d)) });
}

/** An optional field set to undefined is left out, not written as a key with no value. */
function dropUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
