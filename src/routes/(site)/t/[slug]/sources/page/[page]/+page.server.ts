import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import { sourcePage, sourcePageCount, sourcePages } from '$lib/server/source-pages';
import { loadTimelineOr404 } from '$lib/server/timeline-or-404';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...loadTimelines().entries()].flatMap(([slug, { timeline }]) => sourcePages(timeline).map(({ page }) => ({ slug, page: String(page) })));

export const load: PageServerLoad = ({ params }) => {
	const { timeline } = loadTimelineOr404(params.slug);
	const page = Number(params.page);
	const sources = sourcePage(timeline, page);
	if (!sources || sourcePages(timeline).length === 0) error(404, `Timeline "${params.slug}" has no source page ${params.page}`);
	return {
		timeline: { slug: timeline.slug, title: timeline.title, language: timeline.language },
		sources,
		page,
		pageCount: sourcePageCount(timeline.sources.length)
	};
};
