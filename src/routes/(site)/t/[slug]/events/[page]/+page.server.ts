import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import { listPage, listPageCount } from '$lib/server/list-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...loadTimelines().entries()].flatMap(([slug, { timeline }]) =>
		Array.from({ length: listPageCount(timeline.events.length) }, (_, i) => ({ slug, page: String(i + 1) }))
	);

export const load: PageServerLoad = ({ params }) => {
	const loaded = loadTimelines().get(params.slug);
	if (!loaded) error(404, `No timeline called "${params.slug}"`);
	const page = Number(params.page);
	const found = listPage(loaded.timeline, page, `/t/${params.slug}`);
	if (!found) error(404, `Timeline "${params.slug}" has no list page ${params.page}`);
	return { ...found, page, pageCount: listPageCount(loaded.timeline.events.length) };
};
