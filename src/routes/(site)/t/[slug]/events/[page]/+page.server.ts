import { error } from '@sveltejs/kit';
import { timelineEntries } from '$lib/server/entries';
import { listPageCount } from '$lib/server/list-pages';
import { loadTimelineOr404 } from '$lib/server/timeline-or-404';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	timelineEntries().flatMap(({ slug, listPageCount }) => Array.from({ length: listPageCount }, (_, i) => ({ slug, page: String(i + 1) })));

// Which page, or a 404: the page's events come to its component from the server's provider,
// not as data SvelteKit would serialise (see $lib/server-rendered/list-page.ts).
export const load: PageServerLoad = ({ params }) => {
	const { timeline } = loadTimelineOr404(params.slug);
	const page = Number(params.page);
	const pageCount = listPageCount(timeline.events.length);
	if (!Number.isInteger(page) || page < 1 || page > pageCount) error(404, `Timeline "${params.slug}" has no list page ${params.page}`);
	return { slug: timeline.slug, page, pageCount };
};
