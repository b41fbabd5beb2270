import { toTimelineJson } from '$lib/model/timeline-json';
import { loadTimelineOr404, slugEntries } from '$lib/server/timeline-or-404';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = slugEntries;

export const GET: RequestHandler = ({ params }) => {
	return new Response(toTimelineJson(loadTimelineOr404(params.slug).timeline), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' }
	});
};
