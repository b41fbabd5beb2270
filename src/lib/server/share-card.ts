/**
 * The share card of a timeline, drawn once per build: preview.svg and preview.png are the same
 * picture, and drawing it lays out the whole timeline (at 100,000 events and 1,000 sources,
 * seconds each time). Build-time only.
 */
import type { Timeline } from '../model/timeline';
import { shareCardSvg } from '../render/share-card';

const cards = new WeakMap<Timeline, string>();

export function cachedShareCardSvg(timeline: Timeline): string {
	let svg = cards.get(timeline);
	if (svg === undefined) cards.set(timeline, (svg = shareCardSvg(timeline)));
	return svg;
}
