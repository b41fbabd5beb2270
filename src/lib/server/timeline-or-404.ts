/**
 * What every timeline route starts with: the timeline its `[slug]` names, or SvelteKit's 404.
 * The routes are prerendered, so a 404 here happens in `vite dev` and `vite preview` (and
 * would fail a build that linked to an unknown slug); a static host answers unknown
 * addresses with build/404.html instead.
 */
import { error } from '@sveltejs/kit';
import type { Payload } from '../payload/build';
import { payloadOf } from './payload';
import { loadTimelines, type LoadedTimeline } from './timelines';

/** The timeline called `slug`, with its archived texts; a 404 if there is none. */
export function loadTimelineOr404(slug: string): LoadedTimeline {
	const loaded = loadTimelines().get(slug);
	if (!loaded) error(404, `No timeline called "${slug}"`);
	return loaded;
}

/** The explorer's payload of the timeline called `slug`; a 404 if there is none. */
export function payloadOr404(slug: string): Payload {
	const payload = payloadOf(slug);
	if (!payload) error(404, `No timeline called "${slug}"`);
	return payload;
}

/** The prerender entries of a route with only `[slug]` (see entries.ts). */
export { slugEntries } from './entries';
