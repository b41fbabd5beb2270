import { describe, expect, it } from 'vitest';
import { parseWhen } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import { chartScene, eventLabelPx } from './chart-scene';
import { estimateLabelPx } from './scene';
import { baseScale } from './time-scale';
import { buildEventIndex } from './visible';

function event(id: string, title: string, children: string[] = []): TimelineEvent {
	const when = parseWhen('2025-03-18');
	if (!when.ok) throw new Error(when.message);
	return { id, title, summary: '', when: when.when, status: 'happened', category: 'talks', actors: [], citations: [], children, related: [], discrepancies: [] };
}

describe('eventLabelPx', () => {
	it('makes room for a parent\'s badge in the reader\'s language', () => {
		const [call, topic] = buildEventIndex([event('call', 'Phone call', ['a', 'b']), event('topic', 'Phone call')]).items;
		if (!call || !topic) throw new Error('no items');
		expect(eventLabelPx(topic, () => '+2')).toBe(estimateLabelPx('Phone call'));
		expect(eventLabelPx(call, (n) => `+${n}`)).toBe(estimateLabelPx('Phone call +2'));
		expect(eventLabelPx(call, (n) => `+${n} events`)).toBeGreaterThan(eventLabelPx(call, (n) => `+${n}`));
	});
});

describe('chartScene', () => {
	it('packs six events of one day into the rows given and folds the rest into "+N more"', () => {
		const index = buildEventIndex(Array.from({ length: 6 }, (_, i) => event(`e${i}`, `Event ${i}`)));
		const scale = baseScale([Date.UTC(2025, 2, 17), Date.UTC(2025, 2, 20)], 900);
		const scene = chartScene({ index, scale, widthPx: 900, rowsOf: () => 4, pinned: new Set(), expanded: new Set(), badge: (n) => `+${n}` });
		expect(scene.marks.map((m) => m.row).sort()).toEqual([0, 1, 2, 3]);
		expect(scene.overflow.map((c) => c.ids.length)).toEqual([2]);
	});
});
