/**
 * Filtering over the facets part: checked against the same filter written plainly over the
 * full events, on the shipped dataset and on a generated timeline.
 */
import { describe, expect, it } from 'vitest';
import { buildPayload } from '../payload/build';
import { datasetTimeline, generatedTimeline } from '../payload/testing';
import { denseCounts } from '../payload/density';
import type { Timeline, TimelineEvent } from '../model/timeline';
import { applyFilters, checkOf, filteredDensity, sourcesOf } from './facets';
import { NO_FILTERS, type Filters } from './filters';
import { STATUS_IDS } from '../model/vocabulary';

function vocabularyOf(timeline: Timeline) {
	return { lanes: timeline.categories.map((c) => c.id), actors: timeline.actors.map((a) => a.id), sources: timeline.sources.map((s) => s.id) };
}

/** The filter, written plainly over a full event. */
function keeps(event: TimelineEvent, f: Filters): boolean {
	const any = (values: readonly string[], wanted: readonly string[]) => wanted.length === 0 || values.some((v) => wanted.includes(v));
	return (
		any([event.category], f.lanes) &&
		any([event.status], f.statuses) &&
		any(event.actors, f.actors) &&
		any(sourcesOf(event), f.sources) &&
		any([checkOf(event)], f.checks) &&
		(!f.disputed || event.discrepancies.length > 0)
	);
}

describe('applyFilters on the call timeline', () => {
	const timeline = datasetTimeline();
	const payload = buildPayload(timeline);
	const vocabulary = vocabularyOf(timeline);

	const cases: [string, Filters][] = [
		['none', NO_FILTERS],
		['status agreed', { ...NO_FILTERS, statuses: ['agreed'] }],
		['two lanes', { ...NO_FILTERS, lanes: ['security', 'humanitarian'] }],
		['actor and source', { ...NO_FILTERS, actors: ['putin'], sources: ['unattributed-report'] }],
		['disputed', { ...NO_FILTERS, disputed: true }],
		['verified, stated', { ...NO_FILTERS, checks: ['verified'], statuses: ['stated'] }],
		['nothing left', { ...NO_FILTERS, statuses: ['unassessed'] }]
	];

	it.each(cases)('%s: leaves exactly the events the plain filter keeps', (_, filters) => {
		const result = applyFilters(payload.facets, vocabulary, filters);
		const expected = timeline.events.map((e) => keeps(e, filters));
		expect([...result.shown].map((x) => x === 1)).toEqual(expected);
		expect(result.shownCount).toBe(expected.filter(Boolean).length);
		expect(result.shownPerLane).toEqual(vocabulary.lanes.map((lane) => timeline.events.filter((e, i) => expected[i] && e.category === lane).length));
	});

	it('counts each choice as if it were picked, given the other filters', () => {
		const filters: Filters = { ...NO_FILTERS, statuses: ['agreed'], lanes: ['security'] };
		const { counts } = applyFilters(payload.facets, vocabulary, filters);
		// Statuses: every event of the security lane, by status.
		const security = timeline.events.filter((e) => e.category === 'security');
		expect(counts.statuses[STATUS_IDS.indexOf('agreed')]).toBe(security.filter((e) => e.status === 'agreed').length);
		// Lanes: every agreed event, by lane.
		vocabulary.lanes.forEach((lane, i) => expect(counts.lanes[i]).toBe(timeline.events.filter((e) => e.status === 'agreed' && e.category === lane).length));
		// Sources: events that pass both filters and cite the source.
		vocabulary.sources.forEach((source, i) => expect(counts.sources[i]).toBe(timeline.events.filter((e) => keeps(e, filters) && sourcesOf(e).includes(source)).length));
		expect(counts.disputed).toBe(timeline.events.filter((e) => keeps(e, filters) && e.discrepancies.length > 0).length);
	});

	it('the prisoner exchange rests on the Weekly Blitz article alone', () => {
		const order = timeline.events.findIndex((e) => e.id === 'prisoner-exchange');
		expect(payload.facets.sources[order]).toEqual([vocabulary.sources.indexOf('weekly-blitz')]);
		const blitz = payload.sources.stats[vocabulary.sources.indexOf('weekly-blitz')];
		const alone = timeline.events.filter((e) => sourcesOf(e).length === 1 && sourcesOf(e)[0] === 'weekly-blitz').length;
		expect(blitz).toEqual({ events: timeline.events.filter((e) => sourcesOf(e).includes('weekly-blitz')).length, alone });
		expect(alone).toBeGreaterThan(0);
	});
});

describe('filteredDensity', () => {
	it('counts only the events left, in the manifest’s bins', () => {
		const timeline = generatedTimeline(3000, 7);
		const payload = buildPayload(timeline);
		const vocabulary = vocabularyOf(timeline);
		const lane = vocabulary.lanes[1] as string;
		const result = applyFilters(payload.facets, vocabulary, { ...NO_FILTERS, lanes: [lane] });
		const density = filteredDensity(payload.facets, vocabulary.lanes, result.shown, payload.manifest.density);
		expect(Object.keys(density.byLane)).toEqual([lane]);
		expect([...denseCounts(density)]).toEqual([...denseCounts(payload.manifest.density, [lane])]);
		const none = filteredDensity(payload.facets, vocabulary.lanes, applyFilters(payload.facets, vocabulary, NO_FILTERS).shown, payload.manifest.density);
		expect([...denseCounts(none)]).toEqual([...denseCounts(payload.manifest.density)]);
	});
});
