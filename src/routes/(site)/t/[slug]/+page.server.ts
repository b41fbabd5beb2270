import { INLINE_LIST_MAX, listPage, listPages } from '$lib/server/list-pages';
import { sourcePages } from '$lib/server/source-pages';
import { pagePayload } from '$lib/server/payload';
import { pageJsonLd } from '$lib/server/json-ld';
import { loadTimelineOr404, payloadOr404, slugEntries } from '$lib/server/timeline-or-404';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = slugEntries;

export const load: PageServerLoad = ({ params, url, locals }) => {
	const { timeline } = loadTimelineOr404(params.slug);
	const payload = payloadOr404(params.slug);
	// The page carries the manifest (and, for a short timeline, its one part) and, for a
	// short timeline, the list; a longer list is linked in pages.
	const single = timeline.events.length <= INLINE_LIST_MAX;
	locals.jsonLd = pageJsonLd(timeline, url, `/t/${timeline.slug}`);
	return {
		payload: pagePayload(payload),
		list: single ? listPage(timeline, 1, `/t/${timeline.slug}`)?.timeline : undefined,
		listPages: single ? [] : listPages(timeline),
		// Likewise the sources: listed here while few, else linked in pages.
		sourcePages: sourcePages(timeline)
	};
};
