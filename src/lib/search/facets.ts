/**
 * The facets of every event, for filtering: one small column per facet over the whole
 * timeline in time order (the payload's `facets.json`), so that "how many events does this
 * filter leave?" is answered exactly without loading a single event, and the chart can tell
 * whether a loaded event is filtered out by its position alone.
 *
 * Evaluating filters is one pass over the columns: at 100,000 events a few milliseconds,
 * which is well within a frame. The same pass counts, for each choice, the events it would
 * leave given the other filters (the numbers beside each choice).
 */
import { backingOf, type Timeline, type TimelineEvent } from '../model/timeline';
import { STATUS_IDS } from '../model/vocabulary';
import type { Density } from '../payload/types';
import { CHECK_IDS, type Check, type Filters } from './filters';

/** The facets part, column by column (all columns share their index: the event's position in time order). */
export interface FacetPart {
	version: number;
	/** Index into the timeline's categories. */
	lanes: number[];
	/** Index into STATUS_IDS. */
	statuses: number[];
	/** Index into CHECK_IDS. */
	checks: number[];
	/** 1 when a discrepancy bears on the event. */
	disputed: number[];
	/** Indexes into the timeline's actors. */
	actors: number[][];
	/** Indexes into the timeline's sources: those its quotes cite and those it references. */
	sources: number[][];
	/** The manifest density's bin the event is counted in, for a density of the filtered events. */
	bins: number[];
}

/** How an event is backed, for the verification filter: "not assessed" first, as the event's status says. */
export function checkOf(event: TimelineEvent): Check {
	return event.status === 'unassessed' ? 'unassessed' : backingOf(event);
}

/** The sources an event rests on: cited, then referenced, each once. */
export function sourcesOf(event: TimelineEvent): string[] {
	return [...new Set([...event.citations.map((c) => c.source), ...(event.references ?? [])])];
}

/** The facets part of a validated timeline; `binOf` places an event in the manifest's density. */
export function buildFacetPart(timeline: Timeline, binOf: (event: TimelineEvent, order: number) => number, version: number): FacetPart {
	const index = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item, i) => [item.id, i]));
	const lanes = index(timeline.categories);
	const actors = index(timeline.actors);
	const sources = index(timeline.sources);
	const statuses = new Map(STATUS_IDS.map((s, i) => [s, i]));
	const checks = new Map(CHECK_IDS.map((c, i) => [c, i]));
	const known = (ids: readonly string[], map: Map<string, number>) => ids.flatMap((id) => (map.has(id) ? [map.get(id) as number] : []));
	const events = timeline.events;
	return {
		version,
		lanes: events.map((e) => lanes.get(e.category) ?? 0),
		statuses: events.map((e) => statuses.get(e.status) ?? 0),
		checks: events.map((e) => checks.get(checkOf(e)) ?? 0),
		disputed: events.map((e) => (e.discrepancies.length > 0 ? 1 : 0)),
		actors: events.map((e) => known(e.actors, actors)),
		sources: events.map((e) => known(sourcesOf(e), sources)),
		bins: events.map(binOf)
	};
}

/** The timeline-wide lists the part's indexes point into. */
export interface FacetVocabulary {
	lanes: readonly string[];
	actors: readonly string[];
	sources: readonly string[];
}

/** Per choice, how many events it leaves given the other filters. Indexed like the vocabulary. */
export interface FacetCounts {
	lanes: number[];
	statuses: number[];
	actors: number[];
	sources: number[];
	checks: number[];
	/** Events with a discrepancy, given the other filters. */
	disputed: number;
}

export interface FilterResult {
	/** 1 for each event (by position in time order) the filters leave. */
	shown: Uint8Array;
	shownCount: number;
	/** Events left in each lane, by the categories' order. */
	shownPerLane: number[];
	counts: FacetCounts;
}

const LANE = 1;
const STATUS = 2;
const ACTOR = 4;
const SOURCE = 8;
const CHECK = 16;
const DISPUTED = 32;

/** The part as typed arrays, made once per part: the filter loop then reads flat memory, not nested arrays. */
interface FacetTable {
	n: number;
	lanes: Uint16Array;
	statuses: Uint8Array;
	checks: Uint8Array;
	disputed: Uint8Array;
	/** Actors and sources, compressed rows: the values of event i are values[offsets[i]] to values[offsets[i + 1] - 1]. */
	actorOffsets: Int32Array;
	actorValues: Int32Array;
	sourceOffsets: Int32Array;
	sourceValues: Int32Array;
}

const tables = new WeakMap<FacetPart, FacetTable>();

function compressedRows(rows: readonly (readonly number[])[]): [Int32Array, Int32Array] {
	const offsets = new Int32Array(rows.length + 1);
	let total = 0;
	rows.forEach((row, i) => {
		offsets[i] = total;
		total += row.length;
	});
	offsets[rows.length] = total;
	const values = new Int32Array(total);
	let k = 0;
	for (const row of rows) for (const v of row) values[k++] = v;
	return [offsets, values];
}

function tableOf(part: FacetPart): FacetTable {
	let table = tables.get(part);
	if (!table) {
		const [actorOffsets, actorValues] = compressedRows(part.actors);
		const [sourceOffsets, sourceValues] = compressedRows(part.sources);
		table = {
			n: part.lanes.length,
			lanes: Uint16Array.from(part.lanes),
			statuses: Uint8Array.from(part.statuses),
			checks: Uint8Array.from(part.checks),
			disputed: Uint8Array.from(part.disputed),
			actorOffsets,
			actorValues,
			sourceOffsets,
			sourceValues
		};
		tables.set(part, table);
	}
	return table;
}

function inc(counts: Int32Array, at: number): void {
	counts[at] = (counts[at] as number) + 1;
}

/** Applies `filters` to every event of the part. */
export function applyFilters(part: FacetPart, vocabulary: FacetVocabulary, filters: Filters): FilterResult {
	const t = tableOf(part);
	const n = t.n;
	const wanted = (ids: readonly string[], list: readonly string[]) => {
		const set = new Uint8Array(list.length);
		for (const id of ids) {
			const i = list.indexOf(id);
			if (i >= 0) set[i] = 1;
		}
		return ids.length > 0 ? set : undefined;
	};
	const lanes = wanted(filters.lanes, vocabulary.lanes);
	const statuses = wanted(filters.statuses, STATUS_IDS);
	const actors = wanted(filters.actors, vocabulary.actors);
	const sources = wanted(filters.sources, vocabulary.sources);
	const checks = wanted(filters.checks, CHECK_IDS);
	const disputedOnly = filters.disputed;

	const laneCounts = new Int32Array(vocabulary.lanes.length);
	const statusCounts = new Int32Array(STATUS_IDS.length);
	const actorCounts = new Int32Array(vocabulary.actors.length);
	const sourceCounts = new Int32Array(vocabulary.sources.length);
	const checkCounts = new Int32Array(CHECK_IDS.length);
	const shownPerLane = new Int32Array(vocabulary.lanes.length);
	let disputedCount = 0;
	const shown = new Uint8Array(n);
	let shownCount = 0;
	for (let i = 0; i < n; i++) {
		const lane = t.lanes[i] as number;
		const status = t.statuses[i] as number;
		const check = t.checks[i] as number;
		const disputed = t.disputed[i] === 1;
		const a0 = t.actorOffsets[i] as number;
		const a1 = t.actorOffsets[i + 1] as number;
		const s0 = t.sourceOffsets[i] as number;
		const s1 = t.sourceOffsets[i + 1] as number;
		let failed = 0;
		if (lanes && lanes[lane] !== 1) failed |= LANE;
		if (statuses && statuses[status] !== 1) failed |= STATUS;
		if (checks && checks[check] !== 1) failed |= CHECK;
		if (disputedOnly && !disputed) failed |= DISPUTED;
		if (actors) {
			let any = false;
			for (let k = a0; k < a1 && !any; k++) any = actors[t.actorValues[k] as number] === 1;
			if (!any) failed |= ACTOR;
		}
		if (sources) {
			let any = false;
			for (let k = s0; k < s1 && !any; k++) any = sources[t.sourceValues[k] as number] === 1;
			if (!any) failed |= SOURCE;
		}
		if (failed === 0) {
			shown[i] = 1;
			shownCount++;
			inc(shownPerLane, lane);
		}
		// A choice's count: the events that every other filter leaves (so failing at most its own).
		if (failed === 0 || failed === LANE) inc(laneCounts, lane);
		if (failed === 0 || failed === STATUS) inc(statusCounts, status);
		if (failed === 0 || failed === CHECK) inc(checkCounts, check);
		if ((failed === 0 || failed === DISPUTED) && disputed) disputedCount++;
		if (failed === 0 || failed === ACTOR) for (let k = a0; k < a1; k++) inc(actorCounts, t.actorValues[k] as number);
		if (failed === 0 || failed === SOURCE) for (let k = s0; k < s1; k++) inc(sourceCounts, t.sourceValues[k] as number);
	}
	return {
		shown,
		shownCount,
		shownPerLane: Array.from(shownPerLane),
		counts: {
			lanes: Array.from(laneCounts),
			statuses: Array.from(statusCounts),
			actors: Array.from(actorCounts),
			sources: Array.from(sourceCounts),
			checks: Array.from(checkCounts),
			disputed: disputedCount
		}
	};
}

/** The manifest's density, counting only the events the filters leave (same bins). */
export function filteredDensity(part: FacetPart, lanes: readonly string[], shown: Uint8Array, density: Density): Density {
	const perLane = new Map<number, Map<number, number>>();
	for (let i = 0; i < shown.length; i++) {
		if (shown[i] !== 1) continue;
		const lane = part.lanes[i] as number;
		const bin = part.bins[i] as number;
		let bins = perLane.get(lane);
		if (!bins) perLane.set(lane, (bins = new Map()));
		bins.set(bin, (bins.get(bin) ?? 0) + 1);
	}
	const byLane: Record<string, number[]> = {};
	for (const [lane, bins] of perLane) byLane[lanes[lane] as string] = [...bins.entries()].sort((a, b) => a[0] - b[0]).flat();
	return { ...density, byLane };
}
