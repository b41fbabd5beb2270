import { error } from '@sveltejs/kit';
import { timelineEntries } from '$lib/server/entries';
import { payloadFile } from '$lib/server/payload';
import { payloadOr404 } from '$lib/server/timeline-or-404';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => timelineEntries().flatMap(({ slug, payloadNames }) => payloadNames.map((name) => ({ slug, name })));

export const GET: RequestHandler = ({ params }) => {
	const part = payloadFile(payloadOr404(params.slug), params.name);
	if (part === undefined) error(404, `No part "${params.name}" of timeline "${params.slug}"`);
	return new Response(JSON.stringify(part), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' }
	});
};
