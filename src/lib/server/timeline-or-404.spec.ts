import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { loadTimelineOr404, payloadOr404, slugEntries } from './timeline-or-404';
import { loadTimelines } from './timelines';
import { thrownBy } from '../testing/thrown-by';

const SLUG = [...loadTimelines().keys()][0] as string;

describe('loadTimelineOr404 and payloadOr404', () => {
	it('give the timeline and the payload a slug names', () => {
		expect(loadTimelineOr404(SLUG)).toBe(loadTimelines().get(SLUG));
		expect(payloadOr404(SLUG).manifest.meta.slug).toBe(SLUG);
	});

	it.each([
		['loadTimelineOr404', loadTimelineOr404],
		['payloadOr404', payloadOr404]
	])('%s: an unknown slug is a 404 that names it', (_, or404) => {
		const e = thrownBy(() => or404('no-such-timeline'));
		expect(isHttpError(e, 404)).toBe(true);
		expect(isHttpError(e) && e.body.message).toBe('No timeline called "no-such-timeline"');
	});

	it('slugEntries: one prerender entry per timeline', () => {
		expect(slugEntries()).toEqual([...loadTimelines().keys()].map((slug) => ({ slug })));
		expect(slugEntries()).toContainEqual({ slug: SLUG });
	});
});
