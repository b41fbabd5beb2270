import { describe, expect, it } from 'vitest';
import { nodeHtmlCleaner } from '../html-node';
import { importTimelineJs2 } from './timelinejs2';

const cleaner = nodeHtmlCleaner();
const V2 = JSON.stringify({
	timeline: {
		headline: 'Elizabeth Taylor<br/> 1932-2011',
		text: "<p>A life.</p><a href='http://x.org' onclick='void(0)'>More</a>",
		type: 'default',
		startDate: '1932',
		asset: { media: 'examples/born.jpg', credit: '', caption: 'Born' },
		date: [
			{ startDate: '2011,3,23', headline: 'Dies', text: '<p>In LA.</p>', tags: 'Personal life', asset: { media: 'https://x.org/a.jpg', credit: 'AP', caption: '' } },
			{ startDate: '1950,5,6', endDate: '1951,1,29', headline: 'First marriage', tag: 'Marriages', related: [] },
			{ startDate: '1932,2', headline: 'Born' },
			{ headline: 'Undated' }
		],
		era: [{ startDate: '1940', endDate: '1960', headline: 'Golden age' }]
	}
});

describe('importTimelineJs2', () => {
	const result = importTimelineJs2(V2, 'taylor.json', cleaner);
	if (!result.ok) throw new Error(result.reason);
	const { timeline, problems } = result;

	it('reads "y,m,d" dates, tags (or tag) as lanes, assets as media, eras', () => {
		expect(timeline.title).toBe('Elizabeth Taylor\n1932-2011');
		expect(timeline.events.map((e) => [e.id, e.when, e.category])).toEqual([
			['dies', '2011-03-23', 'personal-life'],
			['first-marriage', '1950-05-06/1951-01-29', 'marriages'],
			['born', '1932-02', 'events']
		]);
		expect(timeline.events[0]?.media).toEqual({ url: 'https://x.org/a.jpg', credit: 'AP' });
		expect(timeline.eras).toEqual([{ id: 'golden-age', title: 'Golden age', when: '1940/1960' }]);
		expect(timeline.origin?.format).toBe('TimelineJS 2 JSON');
		expect(JSON.stringify(timeline)).not.toMatch(/onclick/);
	});

	it('reports the undated event and the fields it does not keep', () => {
		expect(problems).toContainEqual({ position: 'date 4 ("Undated")', field: 'start_date', reason: 'no start date: not placed' });
		expect(problems).toContainEqual({ position: 'file', field: 'related', reason: '"related" is not kept: Citeline has no such field (1 date)' });
	});

	it('refuses what is not v2', () => {
		expect(importTimelineJs2('{"events": []}', 'x.json', cleaner)).toMatchObject({ ok: false, reason: expect.stringContaining('not a TimelineJS 2 timeline') });
	});
});
