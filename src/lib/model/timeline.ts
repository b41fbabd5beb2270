/**
 * The timeline as the app uses it: validated, normalized, sorted, fully typed.
 *
 * Only validate.ts makes these. Everything after it (layout, state, components, the
 * exported timeline.json) trusts them and never re-reads the raw file.
 */
import type { When } from './dates';
import type { QuoteSpan } from './quotes';
import type { Relation, Status } from './vocabulary';

export type { Relation, Status } from './vocabulary';

export interface Category {
	id: string;
	label: string;
	description?: string;
	/** The group name in the imported file ("" for events that had none); written back by the TimelineJS export. */
	externalGroup?: string;
}

/** Media shown with an event or the title slide. `url` is as given: link it only when it is http(s). */
export interface Media {
	url: string;
	/** Sanitized HTML. */
	caption?: string;
	/** Sanitized HTML. */
	credit?: string;
	thumbnail?: string;
	alt?: string;
	title?: string;
	link?: string;
	linkTarget?: string;
}

export interface Background {
	color?: string;
	url?: string;
	alt?: string;
	/** Percent, 0–100. */
	opacity?: number;
}

/** A labelled span of time drawn behind the events. */
export interface Era {
	id: string;
	title: string;
	/** Always a range with a start and an end date. */
	when: When;
	summary?: string;
	/** Sanitized HTML. */
	textHtml?: string;
}

export type Scale = 'human' | 'cosmological';

/** The title slide of an imported TimelineJS timeline. */
export interface Cover {
	/** Sanitized HTML. */
	textHtml?: string;
	media?: Media;
	background?: Background;
}

export interface Origin {
	format: string;
	file?: string;
}

/** Story mode's own order: the events it steps through (ids, each once), in the order it tells them. */
export interface Story {
	events: string[];
}

export interface Actor {
	id: string;
	name: string;
	description?: string;
}

/**
 * The account that stands for "the source's own reporting" rather than an actor's: the
 * reporter's words, analysis or framing. Actors may not take this id.
 */
export const REPORTER_ACCOUNT = 'reporter';

/** A side whose own account of events the timeline lacks. */
export interface MissingAccount {
	/** An actor's id. */
	actor: string;
	note?: string;
}

export interface Source {
	id: string;
	title: string | null;
	publisher: string | null;
	url?: string;
	published?: When;
	/** Path of the archived text inside the timeline folder; absent for a referenced-only source. */
	archive?: string;
	/** Offsets of the archive's page furniture (never citable). */
	furniture: QuoteSpan[];
	notes: string[];
	/** Whose account the source mostly relays: an actor's id or REPORTER_ACCOUNT. */
	account?: string;
}

export type Verification =
	/** Found verbatim in the archived text, at these offsets (the first place, if it stands in several). */
	| ({ state: 'verified' } & QuoteSpan)
	/** The source has no archived text, so nobody can check the quote here. */
	| { state: 'unverified' };

export interface Citation {
	source: string;
	quote: string;
	note?: string;
	/** Whose account this passage relays, as written on the citation (see accountOf for the one that applies). */
	account?: string;
	verification: Verification;
}

export interface RelatedLink {
	event: string;
	relation: Relation;
	/** 'out': this event's own link; 'in': another event links here (shown as the inverse). */
	direction: 'out' | 'in';
}

export interface TimelineEvent {
	id: string;
	/** The id in the imported file, when it was not a slug. */
	externalId?: string;
	title: string;
	/** Plain text; '' when the event has none. */
	summary: string;
	/** The text as imported, sanitized HTML. */
	textHtml?: string;
	/** The date as the original shows it; `when` is what places the event. */
	display?: string;
	when: When;
	whenNote?: string;
	status: Status;
	category: string;
	actors: string[];
	citations: Citation[];
	/** Sources that bear on the event without a quote: unverified. */
	references?: string[];
	media?: Media;
	background?: Background;
	parent?: string;
	/** Events whose parent is this one, in time order. */
	children: string[];
	related: RelatedLink[];
	/** Discrepancies that bear on this event. */
	discrepancies: string[];
}

export interface Discrepancy {
	id: string;
	title: string;
	note: string;
	claims: Citation[];
	events: string[];
}

export interface Timeline {
	format: 1;
	slug: string;
	title: string;
	summary: string;
	language: string;
	timeZone: string;
	strict: boolean;
	unsourced: boolean;
	categories: Category[];
	actors: Actor[];
	sources: Source[];
	/** Sorted by when.sortMs, then by id, so that layout can binary-search them. */
	events: TimelineEvent[];
	discrepancies: Discrepancy[];
	/** Sides whose own account the timeline lacks. */
	missingAccounts?: MissingAccount[];
	/** Sorted by start. */
	eras: Era[];
	scale?: Scale;
	cover?: Cover;
	origin?: Origin;
	/** Story mode's steps; absent: every event in time order. */
	story?: Story;
	/** The finite extent of all known dates, for a default view. */
	span: { earliestMs: number; latestMs: number } | null;
}

/** How well an event is backed: what the reader is told next to it. */
export type Backing = 'verified' | 'unverified' | 'unsourced';

export function backingOf(event: TimelineEvent): Backing {
	if (event.citations.some((c) => c.verification.state === 'verified')) return 'verified';
	return event.citations.length > 0 || (event.references ?? []).length > 0 ? 'unverified' : 'unsourced';
}

/** Whose account a citation relays: its own, else its source's; undefined when neither says. */
export function accountOf(citation: Pick<Citation, 'account'>, source: Pick<Source, 'account'> | undefined): string | undefined {
	return citation.account ?? source?.account;
}
