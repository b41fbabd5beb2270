/**
 * One frame of the timeline: which events are drawn where, for a given view.
 *
 * Combines the visible-window search, the parent/child rule and lane packing. Its cost
 * grows with the events in view, not with the timeline, so it can run on every zoom frame.
 */
import type { TimeScale } from './time-scale';
import type { EdgeStyle } from './extent';
import { packLanes, type OverflowCluster } from './lanes';
import type { EventIndex, IndexedEvent } from './visible';

export interface SceneMark {
	item: IndexedEvent;
	lane: string;
	row: number;
	/** Left and right of the finite extent, px (equal for a point narrower than a pixel). */
	x0: number;
	x1: number;
	/** Marker position for points, px. */
	anchorX: number;
	startEdge: EdgeStyle;
	endEdge: EdgeStyle;
	showLabel: boolean;
	/** Children not drawn at this zoom (shown when the event is opened or the view is closer). */
	hiddenChildren: number;
}

/**
 * A lane that shows nothing at this zoom although events of it are in view, folded into a
 * parent drawn in another lane (the call's topics): without a word it would look empty.
 */
export interface LaneHint {
	lane: string;
	/** The folded parent mark, where the hint points. */
	parentId: string;
	count: number;
}

export interface Scene {
	marks: SceneMark[];
	overflow: OverflowCluster[];
	hints: LaneHint[];
}

export interface SceneOptions {
	index: EventIndex;
	scale: TimeScale;
	widthPx: number;
	/** Rows available in each lane. */
	rowsPerLane: (lane: string) => number;
	/** Events that must be drawn: the selected and the focused one. */
	pinned: ReadonlySet<string>;
	/** Events whose children are shown whatever the zoom (the opened one). */
	expanded: ReadonlySet<string>;
	/** Width of an event's label, px. */
	labelPx(item: IndexedEvent): number;
	/** The lane an event is drawn in; by default its category. */
	laneOf?: (item: IndexedEvent) => string;
	/** Children show once their parent is at least this wide on screen, px. */
	revealChildrenPx?: number;
	/** How far beyond the edges to keep marks, so labels and fades slide in smoothly, px. */
	overscanPx?: number;
	/**
	 * Events the reader's filters leave out. A folded parent stands for its children out of
	 * view, but not for these: its badge counts only what opening it or zooming in would show.
	 */
	filteredOut?: (id: string) => boolean;
}

export function layoutScene(options: SceneOptions): Scene {
	const { index, scale, pinned, expanded } = options;
	const reveal = options.revealChildrenPx ?? 160;
	const overscan = options.overscanPx ?? 240;
	const laneOf = options.laneOf ?? ((item: IndexedEvent) => item.event.category);
	const msPerPx = (scale.invert(options.widthPx) - scale.invert(0)) / Math.max(options.widthPx, 1);
	const fromMs = scale.invert(0) - overscan * msPerPx;
	const toMs = scale.invert(options.widthPx) + overscan * msPerPx;

	const candidates = index.within(fromMs, toMs);
	for (const id of pinned) {
		const item = index.byId.get(id);
		if (item && !candidates.includes(item)) candidates.push(item);
	}

	const parentWide = (id: string): boolean => {
		const parent = index.byId.get(id);
		if (!parent) return true;
		return expanded.has(id) || scale(parent.extent.endMs) - scale(parent.extent.startMs) >= reveal;
	};
	// Children fold into their parent only where showing them would crowd their lane: in a
	// lane where every mark fits, children with their labels and nothing collapsed into
	// "+N more", they are shown whatever their parent's width, so that a lane never sits empty
	// beside a folded parent while it has room for its events.
	const folds = (item: IndexedEvent) => item.event.parent !== undefined && !pinned.has(item.event.id) && !parentWide(item.event.parent);
	let crowdedLanes = new Set<string>();
	if (candidates.some(folds)) {
		const unfolded = arrange(candidates, () => 0).packed;
		const childIds = new Set(candidates.filter(({ event }) => event.parent !== undefined).map(({ event }) => event.id));
		crowdedLanes = new Set([...unfolded.overflow.map((c) => c.lane), ...unfolded.placed.filter((p) => childIds.has(p.id) && !p.showLabel).map((p) => p.lane)]);
	}
	const hidden = (item: IndexedEvent) => folds(item) && crowdedLanes.has(laneOf(item));
	const shown = candidates.filter((item) => !hidden(item));
	const hiddenIds = new Set(candidates.filter(hidden).map((item) => item.event.id));
	const candidateIds = new Set(candidates.map((item) => item.event.id));
	const filteredOut = options.filteredOut ?? (() => false);
	const hiddenChildren = (item: IndexedEvent): number => {
		if (item.event.children.length === 0 || parentWide(item.event.id)) return 0;
		// Children out of view count too: a folded parent stands for all of them.
		return item.event.children.filter((id) => hiddenIds.has(id) || (!candidateIds.has(id) && !filteredOut(id))).length;
	};
	const arranged = arrange(shown, hiddenChildren);
	return finish(arranged.marks, arranged.packed.overflow);

	function finish(marks: SceneMark[], overflow: OverflowCluster[]): Scene {
		marks.sort((a, b) => a.item.order - b.item.order);
		return { marks, overflow, hints: laneHints(marks, overflow, index, laneOf) };
	}

	/** Places `shown` in the lanes; `hiddenChildren` says how many children each mark stands for. */
	function arrange(shown: IndexedEvent[], hiddenChildren: (item: IndexedEvent) => number) {
		const geometry = new Map(
			shown.map((item) => {
				const x0 = scale(item.extent.startMs);
				const x1 = scale(item.extent.endMs);
				return [item.event.id, { x0, x1, anchorX: item.extent.shape === 'point' ? scale(item.extent.anchorMs) : x0 }];
			})
		);
		const packInput = shown.map((item) => {
			const g = geometry.get(item.event.id) as { x0: number; x1: number; anchorX: number };
			const point = item.extent.shape === 'point';
			return {
				id: item.event.id,
				lane: laneOf(item),
				x0: point ? g.anchorX : g.x0,
				x1: point ? g.anchorX : g.x1,
				labelPx: options.labelPx(item)
			};
		});
		// Pack without favours first, so that focusing or opening a mark that is already drawn
		// does not move it (a click's mouseup must land where its mousedown did). Only a pinned
		// mark that would be collapsed gets a second packing with priority.
		let packed = packLanes(packInput, { rowsPerLane: options.rowsPerLane });
		const placedIds = new Set(packed.placed.map((p) => p.id));
		if ([...pinned].some((id) => geometry.has(id) && !placedIds.has(id))) {
			packed = packLanes(
				packInput.map((item) => ({ ...item, pinned: pinned.has(item.id) })),
				{ rowsPerLane: options.rowsPerLane }
			);
		}
		const marks: SceneMark[] = packed.placed.map((p) => {
			const item = index.byId.get(p.id) as IndexedEvent;
			const g = geometry.get(p.id) as { x0: number; x1: number; anchorX: number };
			return {
				item,
				lane: p.lane,
				row: p.row,
				...g,
				startEdge: item.extent.startEdge,
				endEdge: item.extent.endEdge,
				showLabel: p.showLabel,
				hiddenChildren: hiddenChildren(item)
			};
		});
		return { packed, marks };
	}
}

function laneHints(marks: readonly SceneMark[], overflow: readonly OverflowCluster[], index: EventIndex, laneOf: (item: IndexedEvent) => string): LaneHint[] {
	const busy = new Set([...marks.map((m) => m.lane), ...overflow.map((c) => c.lane)]);
	const hints = new Map<string, LaneHint>();
	for (const mark of marks) {
		if (mark.hiddenChildren === 0) continue;
		for (const childId of mark.item.event.children) {
			const child = index.byId.get(childId);
			if (!child) continue;
			const lane = laneOf(child);
			if (busy.has(lane)) continue;
			const key = `${lane} ${mark.item.event.id}`;
			const hint = hints.get(key) ?? { lane, parentId: mark.item.event.id, count: 0 };
			hint.count++;
			hints.set(key, hint);
		}
	}
	return [...hints.values()];
}

/** A label's width in px, estimated from its length, so that layout stays DOM-free and testable. */
export function estimateLabelPx(text: string, fontPx = 13, maxPx = 320): number {
	return Math.min(maxPx, Math.ceil(text.length * fontPx * 0.56) + 12);
}
