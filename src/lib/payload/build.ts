/**
 * Writes a validated timeline as the explorer's payload (see types.ts): the manifest, the
 * sources, the mark and detail parts and the id buckets. Runs at build time, and in the browser on
 * /import, where a timeline made on the spot is shown through the same parts.
 *
 * Everything that depends on the whole timeline is computed here, once: the density, the
 * rows each lane needs, where each part lies in time. Cost: linear in the events (plus one
 * sort per lane for the rows).
 */
import { markExtent } from '../layout/extent';
import { laneRows } from '../layout/chart-geometry';
import { STATUS_IDS } from '../model/vocabulary';
import type { Discrepancy, Timeline } from '../model/timeline';
import { eventToJson, idBucket, whenToJson } from './codec';
import { binEvents, binOf } from './density';
import { buildFacetPart, sourcesOf, type FacetPart } from '../search/facets';
import { PAYLOAD_VERSION, type DetailPart, type IdPart, type Manifest, type MarkPart, type PartInfo, type SourcesPart } from './types';

/** Events per part: a part of a busy stretch is still a small file. */
export const PART_SIZE = 500;
/** Ids per id bucket, roughly. */
export const IDS_PER_BUCKET = 2000;
/** The rows a lane may have at most: defined with the rest of the chart's geometry. */
export { MAX_ROWS_ALL_IN_ONE, MAX_ROWS_PER_LANE } from '../layout/chart-geometry';

export interface Payload {
	manifest: Manifest;
	sources: SourcesPart;
	marks: MarkPart[];
	details: DetailPart[];
	ids: IdPart[];
	/** Every event's facets, for filtering (see search/facets.ts). */
	facets: FacetPart;
}

/** How many mark and detail parts (one each per partSize events) and id buckets a timeline of this many events has. */
export function payloadPartCounts(eventCount: number, partSize = PART_SIZE): { parts: number; idBuckets: number } {
	return { parts: Math.ceil(eventCount / partSize), idBuckets: Math.max(1, Math.ceil(eventCount / IDS_PER_BUCKET)) };
}

export function buildPayload(timeline: Timeline, partSize = PART_SIZE): Payload {
	const { events, discrepancies, sources, ...meta } = timeline;
	const extents = events.map((e) => markExtent(e.when));
	const categoryIndex = new Map(timeline.categories.map((c, i) => [c.id, i]));
	const statusIndex = new Map(STATUS_IDS.map((s, i) => [s, i]));
	const titleById = new Map(events.map((e) => [e.id, e.title]));
	const discrepancyById = new Map(discrepancies.map((d) => [d.id, d]));
	const discrepancyIndex = new Map(discrepancies.map((d, i) => [d.id, i]));

	const parts: PartInfo[] = [];
	const marks: MarkPart[] = [];
	const details: DetailPart[] = [];
	for (let first = 0; first < events.length; first += partSize) {
		const slice = events.slice(first, first + partSize);
		const sliceExtents = extents.slice(first, first + partSize);
		parts.push({
			first,
			count: slice.length,
			fromMs: minMax(sliceExtents.map((x) => x.startMs))[0],
			toMs: minMax(sliceExtents.map((x) => x.endMs))[1]
		});
		marks.push({
			version: PAYLOAD_VERSION,
			first,
			ids: slice.map((e) => e.id),
			titles: slice.map((e) => e.title),
			whens: slice.map((e) => whenToJson(e.when)),
			statuses: slice.map((e) => statusIndex.get(e.status) ?? 0),
			categories: slice.map((e) => categoryIndex.get(e.category) ?? 0),
			parents: slice.map((e) => e.parent ?? null),
			children: slice.map((e) => e.children)
		});
		const inPart = new Set(slice.map((e) => e.id));
		const linked = new Set(slice.flatMap((e) => [...(e.parent ? [e.parent] : []), ...e.children, ...e.related.map((r) => r.event)]));
		const touching = new Set(slice.flatMap((e) => e.discrepancies));
		for (const id of touching) for (const other of discrepancyById.get(id)?.events ?? []) linked.add(other);
		const titles: Record<string, string> = {};
		for (const id of linked) if (!inPart.has(id)) titles[id] = titleById.get(id) ?? id;
		const ordered = [...touching].filter((id) => discrepancyById.has(id)).sort((a, b) => (discrepancyIndex.get(a) as number) - (discrepancyIndex.get(b) as number));
		details.push({
			version: PAYLOAD_VERSION,
			first,
			events: slice.map(eventToJson),
			discrepancies: ordered.map((id) => discrepancyById.get(id) as Discrepancy),
			discrepancyOrder: ordered.map((id) => discrepancyIndex.get(id) as number),
			titles
		});
	}

	const { idBuckets } = payloadPartCounts(events.length, partSize);
	const ids: IdPart[] = Array.from({ length: idBuckets }, () => ({ version: PAYLOAD_VERSION, ids: {} }));
	events.forEach((e, order) => ((ids[idBucket(e.id, idBuckets)] as IdPart).ids[e.id] = order));

	const [lo, hi] = minMax(extents.map((x) => x.anchorMs));
	const [fromMs, toMs] = events.length > 0 ? [lo, hi + 1] : [0, 1];
	const density = binEvents(
		events.map((e, i) => ({ lane: e.category, atMs: (extents[i] as (typeof extents)[number]).anchorMs })),
		fromMs,
		toMs
	);

	const spans = events.map((e, i) => ({ lane: e.category, startMs: (extents[i] as (typeof extents)[number]).startMs, endMs: (extents[i] as (typeof extents)[number]).endMs }));
	const { rowsPerLane, rowsAllInOne } = laneRows(spans);

	const facets = buildFacetPart(timeline, (_, i) => binOf(density, (extents[i] as (typeof extents)[number]).anchorMs), PAYLOAD_VERSION);
	const sourceIndex = new Map(timeline.sources.map((s, i) => [s.id, i]));
	const sourceStats = timeline.sources.map(() => ({ events: 0, alone: 0 }));
	for (const event of events) {
		const rests = sourcesOf(event);
		for (const id of rests) {
			const stats = sourceStats[sourceIndex.get(id) ?? -1];
			if (!stats) continue;
			stats.events++;
			if (rests.length === 1) stats.alone++;
		}
	}

	const used = new Set(events.map((e) => e.status));
	return {
		manifest: {
			version: PAYLOAD_VERSION,
			meta,
			sourceIds: sources.map((s) => s.id),
			eventCount: events.length,
			firstId: events[0]?.id ?? null,
			lastId: events[events.length - 1]?.id ?? null,
			statuses: STATUS_IDS.filter((s) => used.has(s)),
			parts,
			idBuckets,
			density,
			rowsPerLane,
			rowsAllInOne,
			unattachedDiscrepancies: discrepancies.filter((d) => d.events.length === 0),
			unattachedOrder: discrepancies.flatMap((d, i) => (d.events.length === 0 ? [i] : []))
		},
		sources: {
			version: PAYLOAD_VERSION,
			sources: sources.map(({ published, ...source }) => (published ? { ...source, published: whenToJson(published) } : source)),
			stats: sourceStats
		},
		marks,
		details,
		ids,
		facets
	};
}

/** The least and greatest of many numbers, without spreading them all into one call. */
function minMax(values: readonly number[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	return [lo, hi];
}
