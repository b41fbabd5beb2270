/**
 * The sources, in pages: like the events' list (list-pages.ts), the explorer page lists a
 * timeline's sources itself only while they are few; a timeline with hundreds of sources
 * links to pages of SOURCE_PAGE_SIZE, in the timeline's order, so that the explorer page
 * stays a few thousand nodes whatever the timeline's size.
 */
import type { Source, Timeline } from '../model/timeline';

export const SOURCE_PAGE_SIZE = 500;
export const INLINE_SOURCES_MAX = 100;

export interface SourcePageInfo {
	/** 1-based. */
	page: number;
	/** Positions of the page's first and last source in the timeline's list, 1-based. */
	first: number;
	last: number;
}

export function sourcePageCount(sourceCount: number): number {
	return Math.max(1, Math.ceil(sourceCount / SOURCE_PAGE_SIZE));
}

/** The pages the explorer links to, or none when it lists the sources itself. */
export function sourcePages(timeline: Pick<Timeline, 'sources'>): SourcePageInfo[] {
	const total = timeline.sources.length;
	if (total <= INLINE_SOURCES_MAX) return [];
	return Array.from({ length: sourcePageCount(total) }, (_, i) => ({
		page: i + 1,
		first: i * SOURCE_PAGE_SIZE + 1,
		last: Math.min((i + 1) * SOURCE_PAGE_SIZE, total)
	}));
}

/** The sources on page `page` (1-based), or undefined past the last page. */
export function sourcePage(timeline: Pick<Timeline, 'sources'>, page: number): Source[] | undefined {
	if (!Number.isInteger(page) || page < 1 || page > sourcePageCount(timeline.sources.length)) return undefined;
	return timeline.sources.slice((page - 1) * SOURCE_PAGE_SIZE, page * SOURCE_PAGE_SIZE);
}
