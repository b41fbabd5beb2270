/**
 * Writes a timeline's search index (the payload's `search.json`): run at build time for each
 * timeline, and in the browser for a timeline that only exists there (the web component,
 * /import), where it is imported on demand.
 */
import MiniSearch from 'minisearch';
import type { Timeline } from '../model/timeline';
import { sourcesOf } from './facets';
import { SEARCH_INDEX_OPTIONS, type SearchDocument } from './search-options';

/** Events as the index sees them: the words a reader might look for, nothing else. */
export function searchDocuments(timeline: Timeline): SearchDocument[] {
	const actors = new Map(timeline.actors.map((a) => [a.id, a.name]));
	const sources = new Map(timeline.sources.map((s) => [s.id, [s.title, s.publisher].filter((x) => x !== null).join(' ')]));
	return timeline.events.map((event, order) => ({
		order,
		title: event.title,
		summary: event.summary,
		quotes: event.citations.map((c) => c.quote).join('\n'),
		sources: sourcesOf(event).map((id) => sources.get(id) ?? '').join('\n'),
		actors: event.actors.map((id) => actors.get(id) ?? id).join('\n')
	}));
}

/** The index as plain JSON (MiniSearch's own serialized form), with the payload's version. */
export function buildSearchPart(timeline: Timeline, version: number): { version: number; index: unknown } {
	const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
	index.addAll(searchDocuments(timeline));
	return { version, index: index.toJSON() };
}
