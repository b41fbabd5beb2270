/**
 * The prerender entries of every route (the `entries` exports), from one reading of the data.
 *
 * SvelteKit asks for them in its analysis step, in a worker thread that then stays alive, idle,
 * until the build ends, beside the worker that prerenders. So this keeps only the entries,
 * never the timelines: the analysis validates the data once and lets it go, instead of holding
 * a second copy of every timeline (and of its payload) through the whole prerender; and it
 * collects the garbage that reading left (collect-garbage.ts). Where the timelines are loaded
 * already (a dev server), it reads them from there.
 */
import { listPageCount } from './list-pages';
import { payloadFileNames } from './payload';
import { collectGarbage } from './collect-garbage';
import { readTimelines, timelinesLoaded, type LoadedTimeline } from './timelines';

export interface TimelineEntries {
	slug: string;
	/** Every source, in the timeline's order. */
	sourceIds: string[];
	/** The sources whose archived text was read. */
	archivedSourceIds: string[];
	listPageCount: number;
	/** The payload's file names. */
	payloadNames: string[];
}

let entries: TimelineEntries[] | undefined;

/** Every timeline's entries, in slug order. */
export function timelineEntries(): TimelineEntries[] {
	if (entries === undefined) {
		const loaded = timelinesLoaded();
		entries = summarise(loaded ?? readTimelines());
		// What the analysis read is garbage now; collected, or it would be kept to the build's end.
		if (loaded === undefined) collectGarbage();
	}
	return entries;
}

function summarise(timelines: Map<string, LoadedTimeline>): TimelineEntries[] {
	return [...timelines.values()].map(({ timeline, archives }) => ({
		slug: timeline.slug,
		sourceIds: timeline.sources.map((s) => s.id),
		archivedSourceIds: timeline.sources.filter((s) => archives.has(s.id)).map((s) => s.id),
		listPageCount: listPageCount(timeline.events.length),
		payloadNames: payloadFileNames(timeline.events.length)
	}));
}

/** The entries of a route with only `[slug]`: one per timeline. */
export function slugEntries(): { slug: string }[] {
	return timelineEntries().map(({ slug }) => ({ slug }));
}
