/**
 * The prerender entries of every route (the `entries` exports), from one reading of the data.
 *
 * SvelteKit asks for them in its analysis step, in a worker thread that then stays alive, idle,
 * until the build ends, beside the worker that prerenders. So this keeps only the entries,
 * never the timelines: the analysis validates the data once and lets it go, instead of holding
 * a second copy of every timeline (and of its payload) through the whole prerender; and it
 * collects the garbage that reading left (collect-garbage.ts). Where the timelines are loaded
 * already (a dev server), it reads them from there; where the validate step has cached them
 * (validation-cache.ts), it reads only their summaries from the cache.
 */
import { listPageCount } from './list-pages';
import { payloadFileNames } from './payload';
import { collectGarbage } from './collect-garbage';
import { timelinesLoaded, timelineSummaries } from './timelines';
import { summarise, type TimelineSummary } from './validation-cache';

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
		entries = (loaded ? [...loaded.values()].map(summarise) : timelineSummaries()).map(entriesOf);
		// What the analysis read is garbage now; collected, or it would be kept to the build's end.
		if (loaded === undefined) collectGarbage();
	}
	return entries;
}

function entriesOf({ slug, sourceIds, archivedSourceIds, eventCount }: TimelineSummary): TimelineEntries {
	return { slug, sourceIds, archivedSourceIds, listPageCount: listPageCount(eventCount), payloadNames: payloadFileNames(eventCount) };
}

/** The entries of a route with only `[slug]`: one per timeline. */
export function slugEntries(): { slug: string }[] {
	return timelineEntries().map(({ slug }) => ({ slug }));
}
