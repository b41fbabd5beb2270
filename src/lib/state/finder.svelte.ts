/**
 * What one widget (or the compare page) is narrowed to: the search words and the filters,
 * and what they leave. Reactive; each <Timeline> has its own, shared through its context.
 *
 * Both halves load their part of the payload on demand: the facets when a filter is first
 * set (a short timeline's page carries them), with the arithmetic that applies filters to
 * them (search/facets.ts, so that a reader who never filters never loads it), and the search
 * index when a search is first typed or the search box focused. Until a part arrives the
 * Finder says it is `pending`, and shows no event as filtered in or found, rather than guessing.
 *
 * Filtering removes events (from the chart, the list, the compare view); search keeps them
 * and marks the ones found, so that a reader sees where in time the matches lie.
 */
import type { PayloadReader, Sources } from '../payload/reader';
import type { MarkEvent, Manifest } from '../payload/types';
import type { FacetPart, FacetVocabulary, FilterResult } from '../search/facets';
import { queryTerms } from '../search/fold';
import { hasFilters, NO_FILTERS, type Filters, type FindState, type FindVocabulary } from '../search/filters';
import type { SearchHits, SearchIndex } from '../search/load-index';
import type { Density } from '../payload/types';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';
type FilterArithmetic = Pick<typeof import('../search/facets'), 'applyFilters' | 'filteredDensity'>;

export class Finder {
	readonly manifest: Manifest;
	readonly vocabulary: FacetVocabulary & FindVocabulary;
	readonly #reader: PayloadReader;

	#query = $state('');
	filters: Filters = $state.raw(NO_FILTERS);
	#facets: FacetPart | undefined = $state.raw();
	/** The sources in full, for the filters' names: loaded with the facets (or carried by the page). */
	sources: Sources | undefined = $state.raw();
	#arithmetic: FilterArithmetic | undefined = $state.raw();
	#index: SearchIndex | undefined = $state.raw();
	/** Whether the facets and their arithmetic are at hand: 'ready' once filters can be applied. */
	facetsStatus: LoadStatus = $state('idle');
	indexStatus: LoadStatus = $state('idle');
	/** Why a part could not be loaded, for the reader. */
	error: string | undefined = $state();

	constructor(reader: PayloadReader) {
		this.#reader = reader;
		this.manifest = reader.manifest;
		const meta = this.manifest.meta;
		this.vocabulary = { lanes: meta.categories.map((c) => c.id), actors: meta.actors.map((a) => a.id), sources: this.manifest.sourceIds };
		this.#facets = reader.facetsIfReady();
		this.sources = reader.sourcesIfReady();
	}

	/** The search as typed. Setting it loads the index if it is not loaded yet. */
	get query(): string {
		return this.#query;
	}
	set query(text: string) {
		this.#query = text;
		if (text.trim() !== '') void this.loadIndex();
	}

	/** Sets the filters, loading the facets if they are needed and not loaded yet. */
	setFilters(filters: Filters): void {
		this.filters = filters;
		if (hasFilters(filters)) void this.loadFacets();
	}

	/** Sets both at once, as a link or an embed asks. */
	apply(find: FindState): void {
		this.query = find.query;
		this.setFilters(find.filters);
	}

	clear(): void {
		this.apply({ query: '', filters: NO_FILTERS });
	}

	get state(): FindState {
		return { query: this.#query, filters: this.filters };
	}

	/** The folded words searched for (empty when there is no search). */
	readonly terms: string[] = $derived(queryTerms(this.#query));
	get searching(): boolean {
		return this.terms.length > 0;
	}
	get filtering(): boolean {
		return hasFilters(this.filters);
	}
	get active(): boolean {
		return this.searching || this.filtering;
	}
	/** A part the current search or filters need has not arrived yet. */
	get pending(): boolean {
		return (this.filtering && this.facetsStatus !== 'ready') || (this.searching && !this.#index);
	}

	/** The filters applied to every event, with the counts per choice (once the facets are at hand). */
	readonly evaluation: FilterResult | undefined = $derived.by(() =>
		this.#facets && this.#arithmetic ? this.#arithmetic.applyFilters(this.#facets, this.vocabulary, this.filters) : undefined
	);
	/** What the search finds, over every event (filters aside). */
	readonly hits: SearchHits | undefined = $derived(this.#index && this.terms.length > 0 ? this.#index.search(this.#query) : undefined);

	/** Whether the filters leave the event at `order` (false while they wait for the facets). */
	shows(order: number): boolean {
		if (!this.filtering) return true;
		return this.evaluation?.shown[order] === 1;
	}

	/** Whether the search finds the event at `order` (false while the index loads). */
	matches(order: number): boolean {
		return this.hits?.found[order] === 1;
	}

	/** How many events the filters leave (all of them without filters); undefined while pending. */
	get shownCount(): number | undefined {
		return this.filtering ? this.evaluation?.shownCount : this.manifest.eventCount;
	}

	/** Positions of the events found that the filters leave, in time order. */
	readonly found: number[] = $derived.by(() => {
		const hits = this.hits;
		if (!hits) return [];
		const out: number[] = [];
		for (const order of hits.orders) if (this.shows(order)) out.push(order);
		return out;
	});

	/** The first `n` events found that the filters leave, best match first (for a list of results). */
	bestFound(n: number): number[] {
		const hits = this.hits;
		const out: number[] = [];
		if (!hits) return out;
		for (const order of hits.ranked) {
			if (out.length >= n) break;
			if (this.shows(order)) out.push(order);
		}
		return out;
	}

	/** The manifest's density of the events the filters leave (the manifest's own without filters). */
	readonly density: Density | undefined = $derived.by(() => {
		if (!this.filtering) return this.manifest.density;
		const evaluation = this.evaluation;
		return this.#facets && this.#arithmetic && evaluation
			? this.#arithmetic.filteredDensity(this.#facets, this.vocabulary.lanes, evaluation.shown, this.manifest.density)
			: undefined;
	});

	/** The lane (category) of each event, by position; undefined until the facets arrive. */
	laneAt(order: number): string | undefined {
		const lane = this.#facets?.lanes[order];
		return lane === undefined ? undefined : this.vocabulary.lanes[lane];
	}

	/** How many sources each event rests on, by position (for sorting); undefined until the facets arrive. */
	sourceCountAt(order: number): number | undefined {
		return this.#facets?.sources[order]?.length;
	}

	#loadingFacets: Promise<void> | undefined;
	/** Loads the facets and their arithmetic (once; a failed load may be tried again). Resolves when they are at hand or have failed. */
	loadFacets(): Promise<void> {
		if (this.facetsStatus === 'ready') return Promise.resolve();
		this.#loadingFacets ??= (async () => {
			this.facetsStatus = 'loading';
			try {
				const [facets, arithmetic, sources] = await Promise.all([this.#facets ?? this.#reader.facets(), import('../search/facets'), this.sources ?? this.#reader.sources()]);
				this.#facets = facets;
				this.#arithmetic = arithmetic;
				this.sources = sources;
				this.facetsStatus = 'ready';
			} catch (error) {
				this.facetsStatus = 'failed';
				this.error = (error as Error).message;
			} finally {
				this.#loadingFacets = undefined;
			}
		})();
		return this.#loadingFacets;
	}

	#loadingIndex: Promise<void> | undefined;
	/** Loads the search index, as loadFacets does the facets. */
	loadIndex(): Promise<void> {
		if (this.#index) return Promise.resolve();
		this.#loadingIndex ??= (async () => {
			this.indexStatus = 'loading';
			try {
				this.#index = await this.#reader.searchIndex();
				this.indexStatus = 'ready';
			} catch (error) {
				this.indexStatus = 'failed';
				this.error = (error as Error).message;
			} finally {
				this.#loadingIndex = undefined;
			}
		})();
		return this.#loadingIndex;
	}

	/** The marks of the events at these positions, loading their parts (for lists of results). */
	async eventsAt(orders: readonly number[]): Promise<MarkEvent[]> {
		const byPart = new Map<number, number[]>();
		for (const order of orders) {
			const part = this.#reader.partAt(order);
			byPart.set(part, [...(byPart.get(part) ?? []), order]);
		}
		const found = new Map<number, MarkEvent>();
		await Promise.all(
			[...byPart].map(async ([part, inPart]) => {
				const marks = await this.#reader.marks(part);
				const first = this.manifest.parts[part]?.first ?? 0;
				for (const order of inPart) {
					const mark = marks[order - first];
					if (mark) found.set(order, mark);
				}
			})
		);
		return orders.flatMap((order) => (found.has(order) ? [found.get(order) as MarkEvent] : []));
	}
}
