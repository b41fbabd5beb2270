import { error } from '@sveltejs/kit';
import { toTimelineJson } from '$lib/model/timeline-json';
import { loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...loadTimelines().keys()].map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const loaded = loadTimelines().get(params.slug);
	if (!loaded) error(404, `No timeline called "${params.slug}"`);
	return new Response(toTimelineJson(loaded.timeline), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' }
	});
};
