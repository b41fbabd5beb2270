/**
 * The explorer's payload: what a reader's browser loads of a timeline, written once per
 * timeline at build time (see build.ts) and read part by part as the view needs it.
 *
 * The documented timeline file (`/t/<slug>/timeline.json`) is for other programs; the
 * explorer, the embed and the web component read this instead, so that what they load
 * follows the screen, not the size of the timeline:
 *
 * - the **manifest**: everything but the events and the sources (title, lanes, actors,
 *   eras…), the sources' ids, how many events there are, where each part lies in time, a
 *   density of events per lane over the whole span (for the zoomed-out view and the overview
 *   strip) and the rows each lane needs. It is small whatever the timeline's size, and the
 *   page carries it.
 * - the **sources** (`sources.json`): each source's title, publisher, address, notes… and
 *   how many events rest on it, loaded when an event is opened, the filters are shown or the
 *   timeline exported; a page whose source list is short carries it.
 * - **mark parts**: the events in time order, a few hundred to a part, with only what
 *   drawing needs (id, title, date, status, lane, parent and children), loaded when the
 *   view is close enough to draw marks.
 * - **detail parts**: the same events in full (summary, quotes, sources, links) and the
 *   discrepancies that touch them, loaded when an event is opened or exported.
 * - **id parts**: which position in time order an id has, hashed into buckets, loaded to
 *   follow a deep link or a host's `select` to an event not yet loaded.
 * - the **facets** (`facets.json`): each event's lane, status, actors, sources, verification
 *   and whether a discrepancy bears on it, column by column over the whole timeline, loaded
 *   when a reader filters (src/lib/search/facets.ts).
 * - the **search index** (`search.json`): an inverted index of the titles, summaries,
 *   quotes, source names and actor names, loaded when a reader first searches
 *   (src/lib/search/).
 *
 * Every part is plain JSON: dates arrive parsed (instants, precision, flags), so that the
 * browser needs neither the EDTF grammar nor the schema.
 */
import type { When } from '../model/dates';
import type { Discrepancy, Source, Status, Timeline, TimelineEvent } from '../model/timeline';

/** Bumped when a part's shape changes, so that a cached old part is never misread. */
export const PAYLOAD_VERSION = 3;

/** What drawing an event needs. A TimelineEvent is one, so layout takes either. */
export interface MarkEvent {
	id: string;
	title: string;
	when: When;
	status: Status;
	category: string;
	parent?: string;
	/** Ids of the events whose parent this is, in time order. */
	children: string[];
}

/** The timeline without its events and discrepancies. */
export type TimelineMeta = Omit<Timeline, 'events' | 'discrepancies'>;

/** What the manifest carries of the timeline: neither its events nor its sources. */
export type ManifestMeta = Omit<TimelineMeta, 'sources'>;

/** One part of the events: positions `first` to `first + count - 1` in time order. */
export interface PartInfo {
	first: number;
	count: number;
	/** The earliest start and latest end of the part's marks (finite), ms. */
	fromMs: number;
	toMs: number;
}

/**
 * How many events start in each bin of `binMs` from `originMs`, per lane. Only bins with
 * events are listed: `[bin, count, bin, count, …]`, bins ascending.
 */
export interface Density {
	originMs: number;
	binMs: number;
	bins: number;
	byLane: Record<string, number[]>;
}

export interface Manifest {
	version: typeof PAYLOAD_VERSION;
	meta: ManifestMeta;
	/** The sources' ids in the timeline's order: the filters and links name sources by them. */
	sourceIds: string[];
	eventCount: number;
	/** The first and last event in time order, for Home and End. */
	firstId: string | null;
	lastId: string | null;
	/** The statuses that occur, for the key. */
	statuses: Status[];
	parts: PartInfo[];
	/** How many id buckets there are (see idBucket). */
	idBuckets: number;
	density: Density;
	/** Rows each lane needs at its busiest (capped), with lanes on; and for all events in one lane. */
	rowsPerLane: Record<string, number>;
	rowsAllInOne: number;
	/** Discrepancies that name no event, which no detail part carries (few; kept for whole-timeline exports). */
	unattachedDiscrepancies: Discrepancy[];
	/** Their positions in the timeline's list. */
	unattachedOrder: number[];
}

/**
 * The sources in full, in the timeline's order (sources.json): at 100,000 events and a
 * thousand sources they were most of the page's data, which the first view does not draw.
 */
export interface SourcesPart {
	version: typeof PAYLOAD_VERSION;
	sources: SourceJson[];
	/** Per source: how many events rest on it, and on it alone. */
	stats: SourceStats[];
}

export type SourceJson = Omit<Source, 'published'> & { published?: WhenJson };

export interface SourceStats {
	events: number;
	/** Events no other source backs. */
	alone: number;
}

/** A When as JSON: unbounded instants (±Infinity) are written as null. */
export type WhenJson = Omit<When, 'earliestMs' | 'latestMs'> & { earliestMs: number | null; latestMs: number | null };

/** A mark part, column by column (the columns share their index). */
export interface MarkPart {
	version: typeof PAYLOAD_VERSION;
	first: number;
	ids: string[];
	titles: string[];
	whens: WhenJson[];
	/** Index into STATUS_IDS. */
	statuses: number[];
	/** Index into the timeline's categories. */
	categories: number[];
	/** The parent's id, or null. */
	parents: (string | null)[];
	children: string[][];
}

export type EventJson = Omit<TimelineEvent, 'when'> & { when: WhenJson };

export interface DetailPart {
	version: typeof PAYLOAD_VERSION;
	first: number;
	events: EventJson[];
	/** Every discrepancy that bears on an event of this part, in the timeline's order. */
	discrepancies: Discrepancy[];
	/** Each of those discrepancies' position in the timeline's list, for putting a whole list back in order. */
	discrepancyOrder: number[];
	/** Titles of the events outside the part that these events link to (parent, children, related). */
	titles: Record<string, string>;
}

/** Id → position in time order, for the ids of one bucket. */
export interface IdPart {
	version: typeof PAYLOAD_VERSION;
	ids: Record<string, number>;
}

/** What an open event shows: the event in full, the discrepancies on it, the titles of its links. */
export interface EventDetails {
	event: TimelineEvent;
	/** The timeline's sources by id, for the event's quotes and its discrepancies' claims. */
	sources: ReadonlyMap<string, Source>;
	discrepancies: Discrepancy[];
	titleOf(id: string): string;
}
