/**
 * The visible window of one timeline: its width, the base scale and the zoom transform.
 *
 * The transform is a d3 ZoomTransform, set by the zoom surface (components/zoom-surface.ts)
 * as the mouse moves it; everything else that wants to move the view (buttons, keys, deep
 * links, the minimap, fingers) asks `goTo`, which hands the new transform to the surface so
 * that every change of view takes one path.
 */
import { zoomIdentity, type ZoomTransform } from '../layout/zoom-transform';
import { baseScale, clampWindow, maxViewFor, transformForWindow, windowOf } from '../layout/time-scale';

export type ApplyTransform = (transform: ZoomTransform, options: { animate: boolean }) => void;

export class Viewport {
	widthPx = $state(800);
	transform: ZoomTransform = $state.raw(zoomIdentity);
	/** The window shown at zoom identity: all events with a margin. */
	homeWindow: [number, number] = $state.raw([0, 1]);

	readonly base = $derived(baseScale(this.homeWindow, this.widthPx));
	/** The widest view: fifty years, or more for a timeline longer than that. */
	readonly maxViewMs = $derived(maxViewFor(this.homeWindow));
	readonly scale = $derived(this.transform.rescaleX(this.base));
	readonly window: [number, number] = $derived(windowOf(this.base, this.transform));

	#apply: ApplyTransform | undefined;
	#pending: [number, number] | undefined;

	constructor(homeWindow: [number, number]) {
		this.homeWindow = homeWindow;
	}

	/** Called by the zoom surface once it is attached; replays a view asked for before. */
	connect(apply: ApplyTransform): () => void {
		this.#apply = apply;
		if (this.#pending) this.goTo(...this.#pending, { animate: false });
		this.#pending = undefined;
		return () => (this.#apply = undefined);
	}

	/**
	 * Shows [fromMs, toMs], fitted to this timeline's zoom limits (an hour to maxViewMs). Every way
	 * into the view comes here (links, a host's setView, buttons, gestures), so all get the same limits.
	 */
	goTo(fromMs: number, toMs: number, { animate = true } = {}): void {
		const [from, to] = clampWindow(fromMs, toMs, this.maxViewMs);
		const transform = transformForWindow(this.base, from, to);
		if (this.#apply) this.#apply(transform, { animate });
		else {
			this.#pending = [from, to];
			this.transform = transform;
		}
	}

	home(options?: { animate?: boolean }): void {
		this.goTo(...this.homeWindow, options);
	}

	/** Zooms by `factor` (>1 zooms in) about the centre, or about `atMs`. */
	zoomBy(factor: number, atMs?: number): void {
		const [from, to] = this.window;
		const centre = atMs ?? from + (to - from) / 2;
		this.goTo(centre - (centre - from) / factor, centre + (to - centre) / factor);
	}

	/** Pans by a fraction of the view's width (negative: towards the past). */
	panBy(fraction: number): void {
		const [from, to] = this.window;
		const shift = (to - from) * fraction;
		this.goTo(from + shift, to + shift);
	}

	/** Moves the view so that [startMs, endMs] is in it, zooming out only if it must. */
	reveal(startMs: number, endMs: number): void {
		const [from, to] = this.window;
		const width = to - from;
		// A thin margin: an event plainly in view stays where the reader saw it.
		const margin = width * 0.03;
		if (startMs >= from + margin && endMs <= to - margin) return;
		if (endMs - startMs > width - 2 * margin) {
			const pad = (endMs - startMs) * 0.15;
			this.goTo(startMs - pad, endMs + pad);
			return;
		}
		const centre = startMs + (endMs - startMs) / 2;
		this.goTo(centre - width / 2, centre + width / 2);
	}

	/** Keeps the same window when the width changes. */
	resize(widthPx: number): void {
		if (widthPx === this.widthPx || widthPx <= 0) return;
		const [from, to] = this.window;
		this.widthPx = widthPx;
		this.goTo(from, to, { animate: false });
	}
}
