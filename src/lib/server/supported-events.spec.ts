import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../model/validate';
import type { Timeline } from '../model/timeline';
import { sourcesOf } from '../search/facets';
import { supportedEvents } from './supported-events';

function timeline(): Timeline {
	const file = {
		format: 1,
		title: 'Talks',
		summary: 'Talks.',
		categories: [{ id: 'talks', label: 'Talks' }],
		sources: [
			{ id: 'wire', title: 'Wire', publisher: null, url: 'https://example.org/wire' },
			{ id: 'blog', title: 'Blog', publisher: null, url: 'https://example.org/blog' },
			{ id: 'unused', title: 'Unused', publisher: null, url: 'https://example.org/unused' }
		],
		events: [
			// In file order the later event comes first: the list follows the timeline's order.
			{ id: 'no-ceasefire', title: 'No ceasefire', when: '2025-03-19', status: 'stated', category: 'talks', citations: [{ source: 'wire', quote: 'No ceasefire.' }, { source: 'wire', quote: 'Not agreed.' }] },
			{ id: 'talks-begin', title: 'Talks begin', when: '2025-03-17', status: 'happened', category: 'talks', citations: [{ source: 'wire', quote: 'The talks began.' }], references: ['blog'] },
			{ id: 'rumour', title: 'Rumour', when: '2025-03-18', status: 'stated', category: 'talks', citations: [], references: ['blog'] }
		]
	};
	const result = validateTimeline({ slug: 'talks', file: 'timeline.json', text: JSON.stringify(file), format: 'json', readArchive: () => undefined });
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	return result.timeline;
}

describe('supportedEvents', () => {
	it('lists the events that cite or reference a source, in timeline order, each once, and whether on it alone', () => {
		const t = timeline();
		expect(supportedEvents(t, 'wire')).toEqual([
			{ id: 'talks-begin', title: 'Talks begin', alone: false },
			{ id: 'no-ceasefire', title: 'No ceasefire', alone: true }
		]);
		expect(supportedEvents(t, 'blog')).toEqual([
			{ id: 'talks-begin', title: 'Talks begin', alone: false },
			{ id: 'rumour', title: 'Rumour', alone: true }
		]);
		expect(supportedEvents(t, 'unused')).toEqual([]);
	});

	it('gives what a scan of every event gives, for every source', () => {
		const t = timeline();
		for (const source of t.sources) {
			const scanned = t.events.flatMap((e) => {
				const rests = sourcesOf(e);
				return rests.includes(source.id) ? [{ id: e.id, title: e.title, alone: rests.length === 1 }] : [];
			});
			expect(supportedEvents(t, source.id)).toEqual(scanned);
		}
	});
});
