import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import { payloadFile, payloadFileNames, payloadOf } from '$lib/server/payload';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...loadTimelines().keys()].flatMap((slug) => payloadFileNames(payloadOf(slug) as NonNullable<ReturnType<typeof payloadOf>>).map((name) => ({ slug, name })));

export const GET: RequestHandler = ({ params }) => {
	const payload = payloadOf(params.slug);
	const part = payload && payloadFile(payload, params.name);
	if (part === undefined) error(404, `No part "${params.name}" of timeline "${params.slug}"`);
	return new Response(JSON.stringify(part), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' }
	});
};
