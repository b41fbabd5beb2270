/**
 * The share card of a timeline as SVG: its default view, 1200×630, light theme. The same
 * picture as preview.png, for places that take vector images.
 */
import { loadTimelineOr404, slugEntries } from '$lib/server/timeline-or-404';
import { cachedShareCardSvg } from '$lib/server/share-card';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = slugEntries;

export const GET: RequestHandler = ({ params }) => {
	return new Response(cachedShareCardSvg(loadTimelineOr404(params.slug).timeline), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
