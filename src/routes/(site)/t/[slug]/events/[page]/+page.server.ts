import { error } from '@sveltejs/kit';
import { timelineEntries } from '$lib/server/entries';
import { listPage, listPageCount } from '$lib/server/list-pages';
import { loadTimelineOr404 } from '$lib/server/timeline-or-404';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	timelineEntries().flatMap(({ slug, listPageCount }) => Array.from({ length: listPageCount }, (_, i) => ({ slug, page: String(i + 1) })));

export const load: PageServerLoad = ({ params }) => {
	const { timeline } = loadTimelineOr404(params.slug);
	const page = Number(params.page);
	const found = listPage(timeline, page, `/t/${params.slug}`);
	if (!found) error(404, `Timeline "${params.slug}" has no list page ${params.page}`);
	return { ...found, page, pageCount: listPageCount(timeline.events.length) };
};
