import { loadTimelines } from '$lib/server/timelines';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const timelines = [...loadTimelines().values()].map(({ timeline }) => ({
		slug: timeline.slug,
		title: timeline.title,
		language: timeline.language,
		summary: timeline.summary,
		span: timeline.span,
		eventCount: timeline.events.length,
		sourceCount: timeline.sources.length,
		strict: timeline.strict
	}));
	return { timelines };
};
