import { error } from '@sveltejs/kit';
import { loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...loadTimelines().values()].flatMap(({ timeline }) => timeline.sources.map((s) => ({ slug: timeline.slug, sourceId: s.id })));

export const load: PageServerLoad = ({ params }) => {
	const loaded = loadTimelines().get(params.slug);
	const source = loaded?.timeline.sources.find((s) => s.id === params.sourceId);
	if (!loaded || !source) error(404, `No source "${params.sourceId}" in timeline "${params.slug}"`);
	const { timeline } = loaded;

	// Every passage of this source that the timeline quotes, with the events that quote it.
	const citations = [
		...timeline.events.flatMap((event) => event.citations.map((c) => ({ c, eventId: event.id, eventTitle: event.title, discrepancy: false }))),
		...timeline.discrepancies.flatMap((d) => d.claims.map((c) => ({ c, eventId: d.events[0], eventTitle: d.title, discrepancy: true })))
	]
		.filter(({ c }) => c.source === source.id && c.verification.state === 'verified')
		.map(({ c, eventId, eventTitle, discrepancy }) => {
			const v = c.verification as { start: number; end: number };
			// A discrepancy's claims link to its first event, titled "Sources disagree: …" in the page's language.
			return { start: v.start, end: v.end, quote: c.quote, eventId, eventTitle, discrepancy, ...(c.account === undefined ? {} : { account: c.account }) };
		});

	return {
		timeline: { slug: timeline.slug, title: timeline.title, language: timeline.language, actors: timeline.actors },
		source,
		text: loaded.archives.get(source.id) ?? null,
		citations
	};
};
