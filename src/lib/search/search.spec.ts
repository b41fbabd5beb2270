/**
 * The search index as the browser uses it: built as the build writes it, through JSON.
 */
import { describe, expect, it } from 'vitest';
import { datasetTimeline } from '../payload/testing';
import { buildSearchPart } from './build-index';
import { loadSearchIndex } from './load-index';

const timeline = datasetTimeline();
const part = JSON.parse(JSON.stringify(buildSearchPart(timeline, 2)));
const index = loadSearchIndex(part, timeline.events.length);
const idsOf = (query: string) => [...index.search(query).orders].map((order) => timeline.events[order]?.id);

describe('search on the call timeline', () => {
	it('finds the prisoner exchange by a number in its quote', () => {
		expect(idsOf('175')).toContain('prisoner-exchange');
	});

	it('finds by title words as they are typed (prefixes), case and diacritics folded', () => {
		expect(idsOf('PRISONER EXCH')).toContain('prisoner-exchange');
		expect(idsOf('Príso')).toContain('prisoner-exchange');
	});

	it('finds by actor name and by source title or publisher', () => {
		const byActor = idsOf('Ukraine');
		expect(byActor).toContain('ukraine-territorial-integrity');
		const blitz = idsOf('blitz');
		const cites = timeline.events.filter((e) => e.citations.some((c) => c.source === 'weekly-blitz')).map((e) => e.id);
		expect(blitz.sort()).toEqual(cites.sort());
	});

	it('needs every word (AND) and gives the events in time order', () => {
		const both = index.search('energy infrastructure 30');
		expect([...both.orders]).toEqual([...both.orders].sort((a, b) => a - b));
		for (const order of both.orders) {
			const e = timeline.events[order];
			const text = [e?.title, e?.summary, ...(e?.citations.map((c) => c.quote) ?? [])].join(' ').toLowerCase();
			expect(text).toContain('energy');
		}
		expect(idsOf('energy hockey')).toEqual([]);
	});

	it('ranks a word in the title above the same word elsewhere', () => {
		const hits = index.search('ceasefire');
		const first = timeline.events[hits.ranked[0] as number];
		expect(first?.title.toLowerCase()).toContain('ceasefire');
		expect([...hits.ranked].sort((a, b) => a - b)).toEqual([...hits.orders]);
	});

	it('marks what it found and the words it looked for', () => {
		const hits = index.search('175 Prisoners');
		expect(hits.terms).toEqual(['175', 'prisoners']);
		expect(hits.found.length).toBe(timeline.events.length);
		expect([...hits.found].filter((x) => x === 1).length).toBe(hits.orders.length);
	});

	it('finds nothing for an empty query or one of punctuation only', () => {
		expect(index.search('  ').orders.length).toBe(0);
		expect(index.search('—').orders.length).toBe(0);
	});
});

describe('search in Cyrillic', () => {
	it('folds Cyrillic as it folds Latin', () => {
		const cyrillic = { ...timeline, events: timeline.events.map((e, i) => (i === 0 ? { ...e, title: 'Обмін полоненими: Ёлка' } : e)) };
		const ukIndex = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchPart(cyrillic, 2))), cyrillic.events.length);
		expect([...ukIndex.search('ОБМІН елка').orders]).toEqual([0]);
		expect([...ukIndex.search('полон').orders]).toEqual([0]);
	});
});
