import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...loadTimelines().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const loaded = loadTimelines().get(params.slug);
	if (!loaded) error(404, `No timeline called "${params.slug}"`);
	return { timeline: loaded.timeline };
};
