/**
 * A source's archived text as plain text: what quotes are verified against, and what the
 * annotations export (`npm run export -- <slug> --format annotations`) points its selectors
 * into, so that annotation tools can place each quote on it. Only sources with an archive.
 */
import { error } from '@sveltejs/kit';
import { timelineEntries } from '$lib/server/entries';
import { loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => timelineEntries().flatMap(({ slug, archivedSourceIds }) => archivedSourceIds.map((sourceId) => ({ slug, sourceId })));

export const GET: RequestHandler = ({ params }) => {
	const text = loadTimelines().get(params.slug)?.archives.get(params.sourceId);
	if (text === undefined) error(404, `No archived text of source "${params.sourceId}" in timeline "${params.slug}"`);
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
