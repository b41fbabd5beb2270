import { error } from '@sveltejs/kit';
import { timelineEntries } from '$lib/server/entries';
import { sourcePage, sourcePageCount } from '$lib/server/source-pages';
import { loadTimelineOr404 } from '$lib/server/timeline-or-404';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every timeline has its page 1, as it has list page 1, though the explorer links to the
// pages only when it does not list the sources itself.
export const entries: EntryGenerator = () =>
	timelineEntries().flatMap(({ slug, sourceIds }) => Array.from({ length: sourcePageCount(sourceIds.length) }, (_, i) => ({ slug, page: String(i + 1) })));

export const load: PageServerLoad = ({ params }) => {
	const { timeline } = loadTimelineOr404(params.slug);
	const page = Number(params.page);
	const sources = sourcePage(timeline, page);
	if (!sources) error(404, `Timeline "${params.slug}" has no source page ${params.page}`);
	return {
		timeline: { slug: timeline.slug, title: timeline.title, language: timeline.language },
		sources,
		page,
		pageCount: sourcePageCount(timeline.sources.length)
	};
};
