import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import { pagePayload, payloadOf } from '$lib/server/payload';
import { pageJsonLd } from '$lib/server/json-ld';
import { slugEntries } from '$lib/server/entries';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = slugEntries;

/** Story mode reads the payload as the explorer does: the manifest, the one part of a short timeline, and the sources while they are few (a slide fetches them with its event otherwise). */
export const load: PageServerLoad = ({ params, url, locals }) => {
	const loaded = loadTimelines().get(params.slug);
	const payload = payloadOf(params.slug);
	if (!loaded || !payload) error(404, `No timeline called "${params.slug}"`);
	const { timeline } = loaded;
	// The story's list: its own order, if it declares one.
	locals.jsonLd = pageJsonLd(timeline, url, `/t/${timeline.slug}/story`, timeline.story?.events);
	return { payload: pagePayload(payload) };
};
