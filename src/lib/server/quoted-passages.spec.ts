import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../model/validate';
import type { Timeline } from '../model/timeline';
import { quotedPassages } from './quoted-passages';

const ARCHIVE = 'The talks began on Monday. Both sides said the talks were “useful”. A ceasefire was not agreed.';

function timeline(): Timeline {
	const file = {
		format: 1,
		title: 'Talks',
		summary: 'Talks.',
		categories: [{ id: 'talks', label: 'Talks' }],
		sources: [
			{ id: 'wire', title: 'Wire', publisher: null, archive: 'sources/wire.txt' },
			{ id: 'blog', title: 'Blog', publisher: null, url: 'https://example.org/blog' }
		],
		events: [
			// In file order the later event comes first: passages follow the timeline's order.
			{ id: 'no-ceasefire', title: 'No ceasefire', when: '2025-03-19', status: 'stated', category: 'talks', citations: [{ source: 'wire', quote: 'A ceasefire was not agreed.' }] },
			{
				id: 'talks-begin',
				title: 'Talks begin',
				when: '2025-03-17',
				status: 'happened',
				category: 'talks',
				citations: [
					{ source: 'wire', quote: 'The talks began on Monday.' },
					{ source: 'blog', quote: 'Talks started, we hear.' }
				]
			}
		],
		discrepancies: [
			{
				id: 'useful',
				title: 'Were the talks useful?',
				note: 'One source says so.',
				claims: [
					{ source: 'wire', quote: 'Both sides said the talks were "useful".' },
					{ source: 'blog', quote: 'Nobody found them useful.' }
				],
				events: ['talks-begin']
			}
		]
	};
	const result = validateTimeline({ slug: 'talks', file: 'timeline.json', text: JSON.stringify(file), format: 'json', readArchive: (path) => (path === 'sources/wire.txt' ? ARCHIVE : undefined) });
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	return result.timeline;
}

describe('quotedPassages', () => {
	it("lists a source's verified passages: events in timeline order, then discrepancies, with their offsets", () => {
		const passages = quotedPassages(timeline(), 'wire');
		expect(passages).toEqual([
			{ start: 0, end: 26, quote: 'The talks began on Monday.', eventId: 'talks-begin', eventTitle: 'Talks begin', discrepancy: false },
			{ start: 68, end: 95, quote: 'A ceasefire was not agreed.', eventId: 'no-ceasefire', eventTitle: 'No ceasefire', discrepancy: false },
			{ start: 27, end: 67, quote: 'Both sides said the talks were "useful".', eventId: 'talks-begin', eventTitle: 'Were the talks useful?', discrepancy: true }
		]);
		for (const p of passages) expect(ARCHIVE.slice(p.start, p.end).replace(/[“”]/g, '"')).toBe(p.quote);
	});

	it('lists nothing for a source without an archive (its quotes are unverified) or one nobody quotes', () => {
		const t = timeline();
		expect(quotedPassages(t, 'blog')).toEqual([]);
		expect(quotedPassages(t, 'nobody')).toEqual([]);
	});
});
