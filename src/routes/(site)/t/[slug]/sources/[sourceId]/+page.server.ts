import { error } from '@sveltejs/kit';
import { quotedPassages } from '$lib/server/quoted-passages';
import { loadTimelineOr404 } from '$lib/server/timeline-or-404';
import { timelineEntries } from '$lib/server/entries';
import { supportedEvents } from '$lib/server/supported-events';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => timelineEntries().flatMap(({ slug, sourceIds }) => sourceIds.map((sourceId) => ({ slug, sourceId })));

export const load: PageServerLoad = ({ params }) => {
	const loaded = loadTimelineOr404(params.slug);
	const { timeline } = loaded;
	const source = timeline.sources.find((s) => s.id === params.sourceId);
	if (!source) error(404, `No source "${params.sourceId}" in timeline "${params.slug}"`);

	return {
		timeline: { slug: timeline.slug, title: timeline.title, language: timeline.language, actors: timeline.actors },
		source,
		text: loaded.archives.get(source.id) ?? null,
		// Every passage of this source that the timeline quotes, with the events that quote it.
		citations: quotedPassages(timeline, source.id),
		// The events that rest on this source, in time order, and whether on it alone.
		supported: supportedEvents(timeline, source.id)
	};
};
