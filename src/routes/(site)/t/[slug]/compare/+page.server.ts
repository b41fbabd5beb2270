import { error } from '@sveltejs/kit';
import { slugEntries } from '$lib/server/entries';
import { pagePayload, payloadOf } from '$lib/server/payload';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = slugEntries;

/** The compare view reads the payload as the explorer does: a short timeline's page carries all of it. */
export const load: PageServerLoad = ({ params }) => {
	const payload = payloadOf(params.slug);
	if (!payload) error(404, `No timeline called "${params.slug}"`);
	return { payload: pagePayload(payload, { withSources: true }) };
};
