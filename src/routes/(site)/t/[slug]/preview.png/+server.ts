/**
 * The share card of a timeline as PNG, for Open Graph and Twitter cards: its default view,
 * 1200×630, light theme, rendered at build time (the route is prerendered to a file).
 */
import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import { shareCardSvg, SHARE_CARD } from '$lib/render/share-card';
import { svgToPng } from '$lib/render/png-node';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...loadTimelines().keys()].map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const loaded = loadTimelines().get(params.slug);
	if (!loaded) error(404, `No timeline called "${params.slug}"`);
	const png = svgToPng(shareCardSvg(loaded.timeline), { widthPx: SHARE_CARD.widthPx });
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
