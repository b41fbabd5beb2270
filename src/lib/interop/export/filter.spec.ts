import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../model/schema';
import { filterTimeline, isWholeTimeline, type ExportFilter } from './filter';
import { validatedTimeline } from './testing';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const endOfDay = (iso: string) => day(iso) + 86_400_000 - 1;

function event(id: string, when: string, fields: Partial<EventInput> = {}): EventInput {
	return { id, title: id, summary: `About ${id}.`, when, status: 'happened', category: 'talks', citations: [{ source: 'wire', quote: `${id} quote` }], ...fields };
}

const timeline = validatedTimeline({
	title: 'Filter test',
	summary: 'Events on several days.',
	unsourced: true,
	categories: [
		{ id: 'talks', label: 'Talks' },
		{ id: 'prisoners', label: 'Prisoners' },
		{ id: 'unused', label: 'Unused' }
	],
	actors: [
		{ id: 'a', name: 'A' },
		{ id: 'b', name: 'B' }
	],
	sources: [
		{ id: 'wire', title: 'Wire', publisher: null, url: 'https://example.org/wire' },
		{ id: 'paper', title: 'Paper', publisher: null, url: 'https://example.org/paper' },
		{ id: 'linked', title: 'Linked', publisher: null, url: 'https://example.org/linked' }
	],
	events: [
		event('call', '2025-03-18', { actors: ['a'], related: [{ event: 'exchange', relation: 'led-to' }] }),
		event('topic', '2025-03-18', { parent: 'call', status: 'proposed', citations: [{ source: 'paper', quote: 'topic quote' }] }),
		event('before', '[..2025-03-10]'),
		event('pause', '2025-03-18/2025-04-17', { status: 'agreed', actors: ['b'] }),
		event('ongoing', '2025-03-25/..', { citations: [], references: ['linked'] }),
		event('exchange', '2025-03-19', { category: 'prisoners', status: 'announced', parent: 'call' })
	],
	discrepancies: [
		{ id: 'on-call', title: 'On the call', note: 'They differ.', claims: [{ source: 'wire', quote: 'x' }, { source: 'paper', quote: 'y' }], events: ['call'] },
		{ id: 'on-pause', title: 'On the pause', note: 'They differ.', claims: [{ source: 'wire', quote: 'x' }, { source: 'paper', quote: 'y' }], events: ['pause'] }
	],
	eras: [
		{ id: 'march', title: 'March', when: '2025-03-01/2025-03-31' },
		{ id: 'april', title: 'April', when: '2025-04-01/2025-04-30' }
	]
});

const ids = (filter: ExportFilter) => filterTimeline(timeline, filter).events.map((e) => e.id).sort();

describe('filterTimeline', () => {
	it('returns the timeline itself when nothing is filtered', () => {
		expect(isWholeTimeline({})).toBe(true);
		expect(filterTimeline(timeline, {})).toBe(timeline);
	});

	it.each([
		['one day: the events on it and those spanning it', day('2025-03-18'), endOfDay('2025-03-18'), ['call', 'pause', 'topic']],
		['the next day', day('2025-03-19'), endOfDay('2025-03-19'), ['exchange', 'pause']],
		['a day only "on or before 10 March" may be on', day('2025-01-01'), endOfDay('2025-01-01'), ['before']],
		['a day long after: the ongoing range reaches it', day('2030-01-01'), endOfDay('2030-01-01'), ['ongoing']],
		['a window ending the instant a day starts, bounds included', day('2025-03-12'), day('2025-03-18'), ['call', 'pause', 'topic']],
		['a window ending the instant before', day('2025-03-12'), day('2025-03-18') - 1, []]
	])('keeps events whose extent overlaps the window: %s', (_, fromMs, toMs, expected) => {
		expect(ids({ window: { fromMs, toMs } })).toEqual(expected);
	});

	it.each([
		[{ categories: ['prisoners'] }, ['exchange']],
		[{ statuses: ['agreed', 'proposed'] }, ['pause', 'topic']],
		[{ categories: ['talks'], statuses: ['happened'], window: { fromMs: day('2025-03-18'), toMs: endOfDay('2025-03-18') } }, ['call']],
		[{ categories: [] }, []]
	] satisfies Array<[ExportFilter, string[]]>)('keeps events in the lanes and statuses asked for: %j', (filter, expected) => {
		expect(ids(filter)).toEqual(expected);
	});

	it('keeps links between kept events only, and rebuilds children and inverse links', () => {
		const subset = filterTimeline(timeline, { window: { fromMs: day('2025-03-19'), toMs: endOfDay('2025-03-19') } });
		const exchange = subset.events.find((e) => e.id === 'exchange');
		expect(exchange?.parent).toBeUndefined();
		expect(exchange?.related).toEqual([]);

		const both = filterTimeline(timeline, { categories: ['talks', 'prisoners'], statuses: ['happened', 'announced'] });
		const call = both.events.find((e) => e.id === 'call');
		expect(call?.children).toEqual(['exchange']);
		expect(call?.related).toEqual([{ event: 'exchange', relation: 'led-to', direction: 'out' }]);
		expect(both.events.find((e) => e.id === 'exchange')?.related).toEqual([{ event: 'call', relation: 'led-to', direction: 'in' }]);
		// The original is untouched.
		expect(timeline.events.find((e) => e.id === 'call')?.children).toEqual(['topic', 'exchange']);
	});

	it('keeps the sources, lanes, actors and discrepancies the kept events use, and the eras in the window', () => {
		const subset = filterTimeline(timeline, { window: { fromMs: day('2025-04-10'), toMs: endOfDay('2025-04-30') } });
		expect(subset.events.map((e) => e.id)).toEqual(['pause', 'ongoing']);
		expect(subset.sources.map((s) => s.id)).toEqual(['wire', 'paper', 'linked']);
		expect(subset.categories.map((c) => c.id)).toEqual(['talks']);
		expect(subset.actors.map((a) => a.id)).toEqual(['b']);
		expect(subset.discrepancies.map((d) => [d.id, d.events])).toEqual([['on-pause', ['pause']]]);
		expect(subset.events.find((e) => e.id === 'pause')?.discrepancies).toEqual(['on-pause']);
		expect(subset.eras.map((e) => e.id)).toEqual(['april']);
		expect(subset.span).toEqual({ earliestMs: day('2025-03-18'), latestMs: endOfDay('2025-04-17') });
	});

	it('keeps only the sources cited by what is kept', () => {
		const subset = filterTimeline(timeline, { categories: ['prisoners'] });
		expect(subset.sources.map((s) => s.id)).toEqual(['wire']);
		expect(subset.discrepancies).toEqual([]);
	});
});
