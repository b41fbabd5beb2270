/**
 * The share card of a timeline as SVG: its default view, 1200×630, light theme. The same
 * picture as preview.png, for places that take vector images.
 */
import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import { shareCardSvg } from '$lib/render/share-card';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...loadTimelines().keys()].map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const loaded = loadTimelines().get(params.slug);
	if (!loaded) error(404, `No timeline called "${params.slug}"`);
	return new Response(shareCardSvg(loaded.timeline), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
