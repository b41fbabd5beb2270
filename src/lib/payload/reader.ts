/**
 * Reads a payload part by part (see types.ts). Each part is fetched at most once; parts the
 * page already carries are handed in with `seed`, so that the first view needs no request.
 *
 * It knows nothing of Svelte: state/timeline-data.svelte.ts makes what it loads reactive.
 */
import { eventFromJson, idBucket, whenFromJson } from './codec';
import { STATUS_IDS } from '../model/vocabulary';
import type { Discrepancy, Source, Timeline } from '../model/timeline';
import type { DetailPart, EventDetails, IdPart, Manifest, MarkEvent, MarkPart, PartInfo, SourceJson, SourcesPart, SourceStats } from './types';
import type { FacetPart } from '../search/facets';
import type { SearchIndex } from '../search/load-index';
import type { SearchPart } from '../search/build-index';
import { PAYLOAD_VERSION } from './types';

/** Fetches a part by its file name (e.g. "marks-3.json") and returns its parsed JSON. */
export type FetchPart = (name: string) => Promise<unknown>;

export const markPartName = (part: number) => `marks-${part}.json`;
export const detailPartName = (part: number) => `details-${part}.json`;
export const idPartName = (bucket: number) => `ids-${bucket}.json`;
export const FACETS_PART = 'facets.json';
export const SEARCH_PART = 'search.json';
export const SOURCES_PART = 'sources.json';

/** A fetch of `<base>/<name>` that fails on any HTTP error, for the explorer, the embed and the element. */
export function fetchFrom(base: string, fetcher: typeof fetch = fetch): FetchPart {
	return async (name) => {
		const response = await fetcher(`${base}/${name}`);
		if (!response.ok) throw new Error(`${base}/${name}: HTTP ${response.status}`);
		return response.json();
	};
}

export class PayloadReader {
	readonly #fetchPart: FetchPart;
	readonly #parts = new Map<string, Promise<unknown>>();
	/** Parts already at hand, so that callers can draw them in the same frame. */
	readonly #ready = new Map<string, unknown>();

	constructor(
		manifest: Manifest,
		fetchPart: FetchPart
	) {
		this.manifest = manifest;
		this.#fetchPart = fetchPart;
	}

	readonly manifest: Manifest;

	/** Hands in a part the page already carries. */
	seed(name: string, part: unknown): void {
		this.#ready.set(name, part);
		this.#parts.set(name, Promise.resolve(part));
	}

	#load<T extends { version?: number }>(name: string): Promise<T> {
		let pending = this.#parts.get(name);
		if (!pending) {
			pending = this.#fetchPart(name).then((part) => {
				const version = (part as { version?: unknown } | null)?.version;
				if (version !== undefined && version !== PAYLOAD_VERSION) throw new Error(`${name}: payload version ${String(version)}, expected ${PAYLOAD_VERSION}`);
				this.#ready.set(name, part);
				return part;
			});
			// A failed fetch may be tried again later.
			pending.catch(() => this.#parts.delete(name));
			this.#parts.set(name, pending);
		}
		return pending as Promise<T>;
	}

	/** The part that holds the event at `order` in time order. */
	partAt(order: number): number {
		const parts = this.manifest.parts;
		let lo = 0;
		let hi = parts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((parts[mid] as PartInfo).first <= order) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** The parts whose marks meet [fromMs, toMs]. */
	partsMeeting(fromMs: number, toMs: number): number[] {
		const found: number[] = [];
		this.manifest.parts.forEach((p, i) => {
			if (p.toMs >= fromMs && p.fromMs <= toMs) found.push(i);
		});
		return found;
	}

	/** The marks of a part, if it is loaded already. */
	marksIfReady(part: number): MarkEvent[] | undefined {
		const raw = this.#ready.get(markPartName(part)) as MarkPart | undefined;
		return raw && this.#decodeMarks(raw);
	}

	async marks(part: number): Promise<MarkEvent[]> {
		return this.#decodeMarks(await this.#load<MarkPart>(markPartName(part)));
	}

	readonly #decoded = new WeakMap<MarkPart, MarkEvent[]>();
	#decodeMarks(raw: MarkPart): MarkEvent[] {
		let events = this.#decoded.get(raw);
		if (events) return events;
		const categories = this.manifest.meta.categories;
		events = raw.ids.map((id, i) => {
			const parent = raw.parents[i];
			return {
				id,
				title: raw.titles[i] as string,
				when: whenFromJson(raw.whens[i] as MarkPart['whens'][number]),
				status: STATUS_IDS[raw.statuses[i] as number] ?? 'unassessed',
				category: categories[raw.categories[i] as number]?.id ?? '',
				...(parent === null || parent === undefined ? {} : { parent }),
				children: raw.children[i] ?? []
			};
		});
		this.#decoded.set(raw, events);
		return events;
	}

	/** Where an event stands in time order, or undefined when the timeline has no such event. */
	async orderOf(id: string): Promise<number | undefined> {
		const bucket = idBucket(id, this.manifest.idBuckets);
		const part = await this.#load<IdPart>(idPartName(bucket));
		return Object.hasOwn(part.ids, id) ? part.ids[id] : undefined;
	}

	/** The details of an event, with the sources (undefined when there is no such event). */
	async details(id: string, order?: number): Promise<EventDetails | undefined> {
		const at = order ?? (await this.orderOf(id));
		if (at === undefined) return undefined;
		const [part, sources] = await Promise.all([this.#load<DetailPart>(detailPartName(this.partAt(at))), this.sources()]);
		return detailsIn(part, id, sources.byId);
	}

	/** The details of an event if its part and the sources are loaded already (for a synchronous first paint). */
	detailsIfReady(id: string, order: number): EventDetails | undefined {
		const part = this.#ready.get(detailPartName(this.partAt(order))) as DetailPart | undefined;
		const sources = this.sourcesIfReady();
		return part && sources && detailsIn(part, id, sources.byId);
	}

	/** The sources in full, if the part is at hand (a page whose source list is short carries it). */
	sourcesIfReady(): Sources | undefined {
		const raw = this.#ready.get(SOURCES_PART) as SourcesPart | undefined;
		return raw && this.#decodeSources(raw);
	}

	/** The sources in full: for an event's quotes, the filters, the compare view and exports. */
	async sources(): Promise<Sources> {
		return this.#decodeSources(await this.#load<SourcesPart>(SOURCES_PART));
	}

	#sources: { raw: SourcesPart; decoded: Sources } | undefined;
	#decodeSources(raw: SourcesPart): Sources {
		if (this.#sources?.raw !== raw) this.#sources = { raw, decoded: sourcesFromPart(raw) };
		return this.#sources.decoded;
	}

	/** Every event's facets, if the part is at hand (the page carries it for a short timeline). */
	facetsIfReady(): FacetPart | undefined {
		return this.#ready.get(FACETS_PART) as FacetPart | undefined;
	}

	/** Every event's facets, for filtering. */
	facets(): Promise<FacetPart> {
		return this.#load<FacetPart>(FACETS_PART);
	}

	#searchIndex: Promise<SearchIndex> | undefined;
	/** The search index, fetched once, with the code that searches it (imported only now). */
	searchIndex(): Promise<SearchIndex> {
		if (!this.#searchIndex) {
			const loading = Promise.all([this.#load<SearchPart>(SEARCH_PART), import('../search/load-index')]).then(([part, { loadSearchIndex }]) =>
				loadSearchIndex(part, this.manifest.eventCount)
			);
			loading.catch(() => (this.#searchIndex = undefined));
			this.#searchIndex = loading;
		}
		return this.#searchIndex;
	}

	/** A detail part, if it is at hand (for a synchronous first paint). */
	detailPartIfReady(part: number): DetailPart | undefined {
		return this.#ready.get(detailPartName(part)) as DetailPart | undefined;
	}

	/** Every event in full, part by part (for exports of the whole timeline or a window). */
	async eventsInParts(parts: readonly number[]): Promise<DetailPart[]> {
		return Promise.all(parts.map((p) => this.#load<DetailPart>(detailPartName(p))));
	}

	/** The whole timeline, or the events meeting a window, in full, with the sources (for exports). */
	async timeline(window?: [number, number]): Promise<Timeline> {
		const parts = window ? this.partsMeeting(...window) : this.manifest.parts.map((_, i) => i);
		const [sources, details] = await Promise.all([this.sources(), this.eventsInParts(parts)]);
		return timelineOfParts(this.manifest.meta, sources, details, window ? undefined : this.manifest);
	}
}

/** The timeline's sources, in its order and by id, with how many events rest on each. */
export interface Sources {
	list: Source[];
	byId: ReadonlyMap<string, Source>;
	stats: SourceStats[];
}

/**
 * The sources as sources.json gives them: a date published "on or after" has an unbounded
 * side, written as null (see codec.ts), which comes back as Infinity.
 */
export function sourcesFromPart(part: SourcesPart): Sources {
	const list = part.sources.map(sourceFromJson);
	return { list, byId: new Map(list.map((s) => [s.id, s])), stats: part.stats };
}

function sourceFromJson({ published, ...source }: SourceJson): Source {
	return published ? { ...source, published: whenFromJson(published) } : source;
}

function detailsIn(part: DetailPart, id: string, sources: ReadonlyMap<string, Source>): EventDetails | undefined {
	const json = part.events.find((e) => e.id === id);
	if (!json) return undefined;
	const inPart = new Map(part.events.map((e) => [e.id, e.title]));
	return {
		sources,
		event: eventFromJson(json),
		discrepancies: part.discrepancies.filter((d) => json.discrepancies.includes(d.id)),
		titleOf: (other) => inPart.get(other) ?? (Object.hasOwn(part.titles, other) ? part.titles[other] : undefined) ?? other
	};
}

/**
 * A timeline of the given detail parts' events (for exports): the meta, the events, and the
 * discrepancies that bear on them in the timeline's order; with `unattached`, also those
 * that name no event (a whole-timeline export passes the manifest's).
 */
export function timelineOfParts(
	meta: Manifest['meta'],
	sources: Sources,
	parts: readonly DetailPart[],
	unattached?: Pick<Manifest, 'unattachedDiscrepancies' | 'unattachedOrder'>
): Timeline {
	const events = parts.flatMap((p) => p.events.map(eventFromJson));
	const byOrder = new Map<number, Discrepancy>();
	for (const part of parts) part.discrepancies.forEach((d, i) => byOrder.set(part.discrepancyOrder[i] as number, d));
	unattached?.unattachedDiscrepancies.forEach((d, i) => byOrder.set(unattached.unattachedOrder[i] as number, d));
	const discrepancies = [...byOrder.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d);
	return { ...meta, sources: sources.list, events, discrepancies };
}

/** What a page carries of its payload: the manifest, and the parts its first view needs. */
export interface PagePayload {
	manifest: Manifest;
	/** Parts by file name. */
	seeds: Record<string, unknown>;
}

/** A reader over `<base>` (e.g. /t/<slug>/payload) that starts with the page's parts. */
export function readerFromPage(page: PagePayload, base: string, fetcher?: typeof fetch): PayloadReader {
	const reader = new PayloadReader(page.manifest, fetchFrom(base, fetcher));
	for (const [name, part] of Object.entries(page.seeds)) reader.seed(name, part);
	return reader;
}
