/**
 * Level of detail: what the chart draws for the view. Past MARKS_LIMIT events in and near
 * the view, or when they lie in more parts than are worth loading, the lanes show density
 * (bars per time bin, on a canvas); closer, the events' own marks. The DOM then holds only
 * the marks that packing placed (a few per lane row), never thousands, and the switch
 * follows the zoom frame by frame.
 */
import { binEvents } from '../payload/density';
import type { Density } from '../payload/types';
import { indexOfItems, type EventIndex } from '../layout/visible';
import type { Finder } from './finder.svelte';
import type { TimelineData } from './timeline-data.svelte';
import type { Viewport } from './viewport.svelte';

/** More events than this in and near the view are drawn as density. */
export const MARKS_LIMIT = 800;
/** Below this many of the build's bins in view, density is binned afresh from the loaded events. */
const MIN_BUILD_BINS_IN_VIEW = 120;
/** Width of a density bar binned in the browser, in px. */
const BROWSER_BIN_PX = 4;

export type DetailLevel = 'density' | 'marks';

export class LevelOfDetail {
	readonly #data: TimelineData;
	readonly #viewport: Viewport;
	readonly #finder: Finder;
	readonly #pinned: () => ReadonlySet<string>;

	/** `pinned`: the events that keep their marks in density (the open and the focused one). */
	constructor(data: TimelineData, viewport: Viewport, finder: Finder, pinned: () => ReadonlySet<string>) {
		this.#data = data;
		this.#viewport = viewport;
		this.#finder = finder;
		this.#pinned = pinned;
	}

	/** The view and a quarter of it on each side: what a pan reaches next. */
	readonly nearWindow: [number, number] = $derived.by(() => {
		const [w0, w1] = this.#viewport.window;
		const margin = (w1 - w0) * 0.25;
		return [w0 - margin, w1 + margin];
	});

	/** Events in and near the view: counted exactly when their parts are loaded, else from the build's density. */
	readonly nearCount: number = $derived.by(() => this.#count(...this.nearWindow));

	readonly level: DetailLevel = $derived.by(() => (this.nearCount > MARKS_LIMIT || !this.#data.canLoad(...this.nearWindow) ? 'density' : 'marks'));

	/** Events that start in the view (exact when loaded, else from the build's density). */
	readonly inViewCount: number = $derived.by(() => this.#count(...this.#viewport.window));

	/** The loaded events the filters leave (all of them without filters). */
	readonly shownIndex: EventIndex = $derived.by(() => {
		const finder = this.#finder;
		if (!finder.filtering) return this.#data.index;
		return indexOfItems(this.#data.index.items.filter((item) => finder.shows(item.order)));
	});

	/** What gets marks: every shown event, or in density only the pinned ones (so focus and details survive). */
	readonly sceneIndex: EventIndex = $derived.by(() => {
		if (this.level === 'marks') return this.shownIndex;
		const pinned = this.#pinned();
		return indexOfItems(this.shownIndex.items.filter((item) => pinned.has(item.event.id)));
	});

	/** Density over the view: the build's bins, or finer ones from the loaded events when they cover the view; with filters, of the events they leave. */
	readonly density: Density | undefined = $derived.by(() => {
		if (this.level !== 'density') return undefined;
		const [w0, w1] = this.#viewport.window;
		const binsInView = (w1 - w0) / this.#data.manifest.density.binMs;
		if (binsInView >= MIN_BUILD_BINS_IN_VIEW || !this.#data.hasWindow(w0, w1)) return this.#finder.density;
		const events = this.shownIndex.within(w0, w1);
		return binEvents(
			events.map((item) => ({ lane: item.event.category, atMs: item.extent.anchorMs })),
			w0,
			w1,
			Math.max(Math.round(this.#viewport.widthPx / BROWSER_BIN_PX), 1)
		);
	});

	/** Loads the parts near the view when few enough hold them (marks, or finer density). Call from an effect. */
	loadNear(): void {
		if (this.#data.canLoad(...this.nearWindow)) this.#data.need(...this.nearWindow);
	}

	#count(fromMs: number, toMs: number): number {
		return this.#data.hasWindow(fromMs, toMs) ? this.#data.index.within(fromMs, toMs).length : this.#data.countInWindow(fromMs, toMs);
	}
}
