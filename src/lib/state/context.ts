/**
 * Typed context for one timeline widget. Each <Timeline> creates its own state, so two
 * widgets on one page never share a view or a selection.
 */
import { getContext, setContext } from 'svelte';
import type { ManifestMeta } from '../payload/types';
import type { TimelineData } from './timeline-data.svelte';
import type { Finder } from './finder.svelte';
import type { Selection } from './selection.svelte';
import type { Viewport } from './viewport.svelte';

export interface TimelineContext {
	/** The timeline without its events (those come part by part through `data`). */
	timeline: ManifestMeta;
	/** The events at hand (`data.index`, reactive), loaded as the view needs them. */
	data: TimelineData;
	viewport: Viewport;
	selection: Selection;
	/** The search and filters of this widget. */
	find: Finder;
	/** URL of an event's source passage, e.g. /t/slug/sources/id#quote-10-42. */
	sourceHref(sourceId: string, span?: { start: number; end: number }): string;
	/** Where links out of the widget open ('_blank' in embeds). */
	linkTarget?: '_blank';
}

/** What a host (the explorer page, the embed, the web component) steers one widget with. */
export interface TimelineHandle {
	viewport: Viewport;
	selection: Selection;
	/** The search and filters (set from a link, an embed's query or the element's attributes); a host without them may leave it out. */
	find?: Finder;
	/** Whether the event is loaded (a long timeline loads its events part by part). */
	eventExists(id: string): boolean;
	/** Loads the event's part if the timeline has such an event; resolves once it is at hand (or not). */
	locate(id: string): Promise<boolean>;
	showNotices(messages: string[]): void;
	reveal(id: string): void;
}

const KEY = Symbol('citeline-timeline');

export function setTimelineContext(context: TimelineContext): TimelineContext {
	return setContext(KEY, context);
}

export function getTimelineContext(): TimelineContext {
	const context = getContext<TimelineContext | undefined>(KEY);
	if (!context) throw new Error('getTimelineContext: no <Timeline> above this component');
	return context;
}
