/**
 * The explorer's payload of each timeline (see src/lib/payload/types.ts), built once per
 * build from the validated timelines and served as prerendered files under
 * /t/<slug>/payload/.
 */
import { buildPayload, payloadPartCounts, type Payload } from '../payload/build';
import { detailPartName, FACETS_PART, idPartName, markPartName, SEARCH_PART, SOURCES_PART, type PagePayload } from '../payload/reader';
import { PAYLOAD_VERSION } from '../payload/types';
import { buildSearchPart } from '../search/build-index';
import { INLINE_SOURCES_MAX } from './source-pages';
import { loadTimelines } from './timelines';

/** The payload and, served beside it, the search index. */
export type ServedPayload = Payload & { search: () => unknown };

const payloads = new Map<string, ServedPayload>();

export function payloadOf(slug: string): ServedPayload | undefined {
	let payload = payloads.get(slug);
	if (!payload) {
		const loaded = loadTimelines().get(slug);
		if (!loaded) return undefined;
		let search: unknown;
		// Indexed when first asked for: the pages that do not serve it need not wait for it.
		payload = { ...buildPayload(loaded.timeline), search: () => (search ??= buildSearchPart(loaded.timeline, PAYLOAD_VERSION)) };
		payloads.set(slug, payload);
	}
	return payload;
}

/** The file names of a payload of a timeline of `eventCount` events, e.g. ["manifest.json", "marks-0.json", …]. */
export function payloadFileNames(eventCount: number): string[] {
	const { parts, idBuckets } = payloadPartCounts(eventCount);
	return [
		'manifest.json',
		SOURCES_PART,
		FACETS_PART,
		SEARCH_PART,
		...Array.from({ length: parts }, (_, i) => markPartName(i)),
		...Array.from({ length: parts }, (_, i) => detailPartName(i)),
		...Array.from({ length: idBuckets }, (_, i) => idPartName(i))
	];
}

/** The part called `name`, or undefined when the payload has none by that name. */
export function payloadFile(payload: Payload & Partial<Pick<ServedPayload, 'search'>>, name: string): unknown {
	if (name === 'manifest.json') return payload.manifest;
	if (name === SOURCES_PART) return payload.sources;
	if (name === FACETS_PART) return payload.facets;
	if (name === SEARCH_PART) return payload.search?.();
	const match = /^(marks|details|ids)-(\d+)\.json$/.exec(name);
	if (!match) return undefined;
	const list = match[1] === 'marks' ? payload.marks : match[1] === 'details' ? payload.details : payload.ids;
	return list[Number(match[2])];
}

/**
 * What a page carries of the payload: the manifest, and the parts its first view needs, so
 * that it needs no request. A timeline of one part comes whole. The sources come while the
 * explorer lists them itself (INLINE_SOURCES_MAX), or always where the page needs every one
 * at once (`withSources`: the compare view, whose columns are sources).
 */
export function pagePayload(payload: Payload, { withSources = false } = {}): PagePayload {
	const seeds: Record<string, unknown> = {};
	if (withSources || payload.marks.length === 1 || payload.manifest.sourceIds.length <= INLINE_SOURCES_MAX) seeds[SOURCES_PART] = payload.sources;
	if (payload.marks.length === 1) {
		seeds[markPartName(0)] = payload.marks[0];
		seeds[detailPartName(0)] = payload.details[0];
		seeds[idPartName(0)] = payload.ids[0];
		seeds[FACETS_PART] = payload.facets;
	}
	return { manifest: payload.manifest, seeds };
}
