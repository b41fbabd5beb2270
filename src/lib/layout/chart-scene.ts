/**
 * The chart's scene for a view: layoutScene with the rules every drawing of the chart shares,
 * the rows of each lane and the room each label needs. The Svelte chart and the exported
 * picture both call this, so that for one window and width they place the same marks in the
 * same rows, fold the same children and collapse the same marks into "+N more".
 */
import { estimateLabelPx, layoutScene, type Scene, type SceneOptions } from './scene';
import type { IndexedEvent } from './visible';

/** The room an event's label needs, px: its title and, for a parent, the badge counting its children ("+12"). */
export function eventLabelPx(item: IndexedEvent, badge: (count: number) => string): number {
	const children = item.event.children.length;
	return estimateLabelPx(children > 0 ? `${item.event.title} ${badge(children)}` : item.event.title);
}

export interface ChartSceneOptions extends Omit<SceneOptions, 'labelPx' | 'rowsPerLane'> {
	/** Rows of each lane (rowsOfLane). */
	rowsOf: (lane: string) => number;
	/** The badge of a parent's hidden children in the reader's language (hiddenEventsBadge). */
	badge: (count: number) => string;
}

export function chartScene({ rowsOf, badge, ...options }: ChartSceneOptions): Scene {
	return layoutScene({ ...options, rowsPerLane: rowsOf, labelPx: (item) => eventLabelPx(item, badge) });
}
