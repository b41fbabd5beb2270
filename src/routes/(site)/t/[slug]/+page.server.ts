import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import { listPage, listPageCount, listPages } from '$lib/server/list-pages';
import { pagePayload, payloadOf } from '$lib/server/payload';
import { pageJsonLd } from '$lib/server/json-ld';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...loadTimelines().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params, url, locals }) => {
	const loaded = loadTimelines().get(params.slug);
	const payload = payloadOf(params.slug);
	if (!loaded || !payload) error(404, `No timeline called "${params.slug}"`);
	const { timeline } = loaded;
	// The page carries the manifest (and, for a short timeline, its one part) and the list
	// when it fits in one page; a longer list is linked in pages.
	const single = listPageCount(timeline.events.length) === 1;
	locals.jsonLd = pageJsonLd(timeline, url, `/t/${timeline.slug}`);
	return {
		payload: pagePayload(payload),
		list: single ? listPage(timeline, 1, `/t/${timeline.slug}`)?.timeline : undefined,
		listPages: single ? [] : listPages(timeline)
	};
};
