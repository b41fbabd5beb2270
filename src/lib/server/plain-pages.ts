/**
 * The server's side of the plain pages (see $lib/plain/plain-pages.ts): the data of a page of
 * the events' list and of a page of sources, from the loaded timeline.
 */
import { error } from '@sveltejs/kit';
import type { PlainPages } from '../plain/plain-pages';
import { listPage, listPageCount } from './list-pages';
import { sourcePage, sourcePageCount } from './source-pages';
import { loadTimelineOr404 } from './timeline-or-404';

export const plainPagesOnTheServer: PlainPages = {
	eventListPage(slug, pageParam) {
		const { timeline } = loadTimelineOr404(slug);
		const page = Number(pageParam);
		const found = listPage(timeline, page, `/t/${slug}`);
		if (!found) error(404, `Timeline "${slug}" has no list page ${pageParam}`);
		return { ...found, page, pageCount: listPageCount(timeline.events.length) };
	},
	sourceListPage(slug, pageParam) {
		const { timeline } = loadTimelineOr404(slug);
		const page = Number(pageParam);
		const sources = sourcePage(timeline, page);
		if (!sources) error(404, `Timeline "${slug}" has no source page ${pageParam}`);
		return {
			timeline: { slug: timeline.slug, title: timeline.title, language: timeline.language },
			sources,
			page,
			pageCount: sourcePageCount(timeline.sources.length)
		};
	}
};
