/**
 * The part of a timeline an export covers: the whole timeline, or the events that match the
 * explorer's filter (a time window, lanes, statuses), as a timeline of its own.
 *
 * The subset is consistent on its own: it keeps the sources, categories, actors and
 * discrepancies that its events use, the eras in its window, and the parent/child and related links between its
 * events only, so that every exporter can trust it as it trusts a validated timeline. It
 * does not decide what a format can hold: that is each exporter's business.
 */
import type { Timeline, TimelineEvent } from '../../model/timeline';
import { assembleTimeline } from '../../model/assemble';

export interface ExportFilter {
	/** Keep events whose extent (earliest to latest instant) overlaps [fromMs, toMs], bounds included. */
	window?: { fromMs: number; toMs: number };
	/** Keep events in these lanes (category ids). */
	categories?: readonly string[];
	/** Keep events with these statuses. */
	statuses?: readonly string[];
}

export function isWholeTimeline(filter: ExportFilter): boolean {
	return filter.window === undefined && filter.categories === undefined && filter.statuses === undefined;
}

/** Does the event pass the filter? Unbounded extents (on or before…, ongoing) reach as far as they may. */
export function matchesFilter(event: TimelineEvent, filter: ExportFilter): boolean {
	const { window, categories, statuses } = filter;
	if (window && (event.when.earliestMs > window.toMs || event.when.latestMs < window.fromMs)) return false;
	if (categories && !categories.includes(event.category)) return false;
	if (statuses && !statuses.includes(event.status)) return false;
	return true;
}

/** The timeline cut down to the events the filter keeps; the timeline itself when the filter is empty. */
export function filterTimeline(timeline: Timeline, filter: ExportFilter): Timeline {
	if (isWholeTimeline(filter)) return timeline;
	const { window } = filter;
	const kept = timeline.events.filter((e) => matchesFilter(e, filter));
	const keptIds = new Set(kept.map((e) => e.id));

	// Derived links (children, incoming related links, discrepancies) are rebuilt by
	// assembleTimeline from what is kept, exactly as the validator builds them.
	const events: TimelineEvent[] = kept.map((event) => ({
		...event,
		parent: event.parent !== undefined && keptIds.has(event.parent) ? event.parent : undefined,
		children: [],
		related: event.related.filter((link) => link.direction === 'out' && keptIds.has(link.event)),
		discrepancies: []
	}));
	const discrepancies = timeline.discrepancies
		.filter((d) => d.events.some((id) => keptIds.has(id)))
		.map((d) => ({ ...d, events: d.events.filter((id) => keptIds.has(id)) }));

	const usedSources = new Set<string>();
	for (const event of events) {
		for (const citation of event.citations) usedSources.add(citation.source);
		for (const id of event.references ?? []) usedSources.add(id);
	}
	for (const d of discrepancies) for (const claim of d.claims) usedSources.add(claim.source);
	const usedCategories = new Set(events.map((e) => e.category));
	const usedActors = new Set(events.flatMap((e) => e.actors));
	// Whose account a kept quote relays, and whose the timeline lacks, are named by actor too.
	const keptSources = timeline.sources.filter((s) => usedSources.has(s.id));
	for (const source of keptSources) if (source.account !== undefined) usedActors.add(source.account);
	for (const citation of [...events.flatMap((e) => e.citations), ...discrepancies.flatMap((d) => d.claims)]) {
		if (citation.account !== undefined) usedActors.add(citation.account);
	}
	for (const missing of timeline.missingAccounts ?? []) usedActors.add(missing.actor);

	const { format: _format, span: _span, story, ...rest } = timeline;
	// Story mode keeps its order over the events kept; with none of them left, time order.
	const storyEvents = story?.events.filter((id) => keptIds.has(id)) ?? [];
	return assembleTimeline({
		...rest,
		...(storyEvents.length > 0 ? { story: { events: storyEvents } } : {}),
		categories: timeline.categories.filter((c) => usedCategories.has(c.id)),
		actors: timeline.actors.filter((a) => usedActors.has(a.id)),
		sources: keptSources,
		events,
		discrepancies,
		// Eras are the backdrop of the window: those it shows stay, whatever the lanes and statuses.
		eras: window ? timeline.eras.filter((era) => era.when.earliestMs <= window.toMs && era.when.latestMs >= window.fromMs) : timeline.eras
	});
}
