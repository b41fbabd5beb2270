/**
 * The share card of a timeline as PNG, for Open Graph and Twitter cards: its default view,
 * 1200×630, light theme, rendered at build time (the route is prerendered to a file).
 */
import { loadTimelineOr404, slugEntries } from '$lib/server/timeline-or-404';
import { SHARE_CARD } from '$lib/render/share-card';
import { cachedShareCardSvg } from '$lib/server/share-card';
import { svgToPng } from '$lib/render/png-node';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = slugEntries;

export const GET: RequestHandler = ({ params }) => {
	const png = svgToPng(cachedShareCardSvg(loadTimelineOr404(params.slug).timeline), { widthPx: SHARE_CARD.widthPx });
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
