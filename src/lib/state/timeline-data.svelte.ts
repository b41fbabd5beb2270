/**
 * The events one widget has at hand, loaded part by part as the view asks for them.
 *
 * The chart never holds the whole timeline: `need(window)` loads the mark parts that meet
 * the window (when it is close enough to draw marks) and the index is rebuilt over what is
 * loaded. Far-away parts are let go once more than MAX_LOADED_PARTS are held, so memory
 * follows the views seen, not the timeline. Whole-timeline facts (how many events, where,
 * the rows each lane needs) come from the manifest, computed at build time.
 */
import { buildEventIndex, indexedEvent, indexOfItems, type EventIndex, type IndexedEvent } from '../layout/visible';
import { countInWindow, denseCounts, prefixSums } from '../payload/density';
import type { PayloadReader } from '../payload/reader';
import type { EventDetails, Manifest, MarkEvent } from '../payload/types';
import type { Timeline } from '../model/timeline';

/** Mark parts kept loaded at most (500 events each). */
export const MAX_LOADED_PARTS = 48;
/** A window meeting more parts than this is drawn as density only, whatever its count says. */
export const MAX_PARTS_FOR_MARKS = 12;

export class TimelineData {
	readonly manifest: Manifest;
	/** The loaded events, searchable by time. */
	index: EventIndex = $state.raw(buildEventIndex([]));
	/** Parts being fetched or that failed, so that a window is not asked for twice. */
	loading = $state(0);
	/** The last load error, shown to the reader. */
	error: string | undefined = $state();

	readonly #reader: PayloadReader;
	/** Loaded parts, their events measured once (extent, order) so that a rebuild only joins them. */
	readonly #loaded = new Map<number, IndexedEvent[]>();
	readonly #pending = new Set<number>();
	readonly #prefix: Float64Array;

	constructor(reader: PayloadReader) {
		this.#reader = reader;
		this.manifest = reader.manifest;
		this.#prefix = prefixSums(denseCounts(this.manifest.density));
		// Parts the page carries are drawn in the first frame.
		this.manifest.parts.forEach((_, i) => {
			const marks = reader.marksIfReady(i);
			if (marks) this.#loaded.set(i, this.#measure(i, marks));
		});
		this.#rebuild();
	}

	get reader(): PayloadReader {
		return this.#reader;
	}

	/** About how many events start in [fromMs, toMs] (from the build-time density). */
	countInWindow(fromMs: number, toMs: number): number {
		return countInWindow(this.manifest.density, this.#prefix, fromMs, toMs);
	}

	/** Whether the marks of [fromMs, toMs] are few enough parts to load. */
	canLoad(fromMs: number, toMs: number): boolean {
		return this.#reader.partsMeeting(fromMs, toMs).length <= MAX_PARTS_FOR_MARKS;
	}

	/** Whether every part meeting [fromMs, toMs] is loaded. */
	hasWindow(fromMs: number, toMs: number): boolean {
		// Read the index so that a caller in a $derived runs again when parts arrive.
		void this.index;
		return this.#reader.partsMeeting(fromMs, toMs).every((p) => this.#loaded.has(p));
	}

	/** Loads the mark parts that meet [fromMs, toMs]; the index follows when they arrive. */
	need(fromMs: number, toMs: number): void {
		const parts = this.#reader.partsMeeting(fromMs, toMs);
		if (parts.length > MAX_PARTS_FOR_MARKS) return;
		for (const part of parts) this.#loadPart(part, parts);
	}

	/** Loads the part holding the event at `order`; resolves once it is in the index. */
	async needOrder(order: number): Promise<void> {
		const part = this.#reader.partAt(order);
		if (this.#loaded.has(part)) return;
		await this.#loadPart(part, [part]);
		// Its caller looks the event up next: the index must hold it now, not a microtask later.
		this.#flushRebuild();
	}

	/** Finds an event by id, loading its part; undefined when the timeline has none. */
	async locate(id: string): Promise<number | undefined> {
		const known = this.index.byId.get(id);
		if (known) return known.order;
		try {
			const order = await this.#reader.orderOf(id);
			if (order !== undefined) await this.needOrder(order);
			return order;
		} catch (error) {
			this.error = (error as Error).message;
			return undefined;
		}
	}

	/** The details of an event, fetched with its part (undefined when there is no such event). */
	async details(id: string): Promise<EventDetails | undefined> {
		try {
			return await this.#reader.details(id, this.index.byId.get(id)?.order);
		} catch (error) {
			this.error = (error as Error).message;
			return undefined;
		}
	}

	/** The details of a loaded event whose part is at hand already, for the first frame. */
	detailsIfReady(id: string): EventDetails | undefined {
		const order = this.index.byId.get(id)?.order;
		return order === undefined ? undefined : this.#reader.detailsIfReady(id, order);
	}

	/** The whole timeline, or the events meeting a window, in full (for exports). */
	timeline(window?: [number, number]): Promise<Timeline> {
		return this.#reader.timeline(window);
	}

	#loadPart(part: number, keep: readonly number[]): Promise<void> {
		if (this.#loaded.has(part) || this.#pending.has(part)) return Promise.resolve();
		this.#pending.add(part);
		this.loading++;
		return this.#reader
			.marks(part)
			.then((marks) => {
				this.#loaded.set(part, this.#measure(part, marks));
				this.#evict(keep);
				this.#scheduleRebuild();
			})
			.catch((error: Error) => {
				this.error = error.message;
			})
			.finally(() => {
				this.#pending.delete(part);
				this.loading--;
			});
	}

	/** Lets go of the parts farthest from those in use once too many are held. */
	#evict(keep: readonly number[]): void {
		if (this.#loaded.size <= MAX_LOADED_PARTS) return;
		const centre = keep.length > 0 ? ((keep[0] as number) + (keep[keep.length - 1] as number)) / 2 : 0;
		const far = [...this.#loaded.keys()].filter((p) => !keep.includes(p)).sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
		for (const part of far.slice(0, this.#loaded.size - MAX_LOADED_PARTS)) this.#loaded.delete(part);
	}

	#measure(part: number, marks: readonly MarkEvent[]): IndexedEvent[] {
		const first = (this.manifest.parts[part] as Manifest['parts'][number]).first;
		return marks.map((event, i) => indexedEvent(event, first + i));
	}

	#rebuildQueued = false;

	/** Parts that arrive together (one pan's worth) are joined into the index once. */
	#scheduleRebuild(): void {
		if (this.#rebuildQueued) return;
		this.#rebuildQueued = true;
		queueMicrotask(() => this.#flushRebuild());
	}

	#flushRebuild(): void {
		if (!this.#rebuildQueued) return;
		this.#rebuildQueued = false;
		this.#rebuild();
	}

	#rebuild(): void {
		const parts = [...this.#loaded.keys()].sort((a, b) => a - b);
		this.index = indexOfItems(parts.flatMap((part) => this.#loaded.get(part) as IndexedEvent[]));
	}
}
