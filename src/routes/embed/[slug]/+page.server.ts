import { pagePayload } from '$lib/server/payload';
import { payloadOr404, slugEntries } from '$lib/server/timeline-or-404';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = slugEntries;

export const load: PageServerLoad = ({ params }) => {
	return { payload: pagePayload(payloadOr404(params.slug)) };
};
