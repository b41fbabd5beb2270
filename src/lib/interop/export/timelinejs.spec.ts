import { describe, expect, it } from 'vitest';
import type { TimelineInput } from '../../model/schema';
import type { Timeline } from '../../model/timeline';
import { formatIssue, validateTimeline } from '../../model/validate';
import { toTimelineJs } from './timelinejs';

function validated(input: TimelineInput): Timeline {
	const result = validateTimeline({ slug: 't', file: 'timeline.json', text: JSON.stringify(input), format: 'json', readArchive: () => undefined });
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.timeline;
}

const INPUT: TimelineInput = {
	format: 1,
	title: 'Fish & <chips>',
	summary: 'Line one.\nLine two.',
	unsourced: true,
	categories: [
		{ id: 'events', label: 'Events', externalGroup: '' },
		{ id: 'talks', label: 'Talks' }
	],
	eras: [{ id: 'spring', title: 'Spring', when: '2025-03/2025-05', summary: 'Plain' }],
	scale: 'human',
	cover: { background: { color: '#000' } },
	events: [
		{ id: 'call', title: 'The call', summary: 'They spoke.', when: '2025-03-18T10:15:30.250Z', status: 'unassessed', category: 'talks' },
		{
			id: 'plans',
			externalId: 'Plans!',
			title: 'Plans',
			textHtml: '<p>Up <b>now</b></p>',
			summary: 'Up now',
			when: '2025-03-01/2025-03-09',
			display: 'Early March',
			status: 'unassessed',
			category: 'events',
			media: { url: 'https://youtu.be/x', caption: '<i>c</i>', linkTarget: '_blank' },
			background: { url: 'https://x.org/b.jpg', opacity: 40 }
		},
		{ id: 'vote', title: 'Vote', when: '[..2025-03-20]', status: 'unassessed', category: 'talks' },
		{ id: 'bce', title: 'Ides', when: '-0043-03-15', status: 'unassessed', category: 'talks' }
	]
};

describe('toTimelineJs', () => {
	const doc = toTimelineJs(validated(INPUT));

	it('makes the title slide from the title, summary and cover, escaping plain text', () => {
		expect(doc.title).toEqual({ text: { headline: 'Fish &amp; &lt;chips&gt;', text: 'Line one.<br>Line two.' }, background: { color: '#000' } });
	});

	it('writes dates at their precision, BCE years as TimelineJS shows them', () => {
		expect(doc.events.map((e) => [e.unique_id, e.start_date, e.end_date])).toEqual([
			['bce', { year: '-44', month: '3', day: '15' }, undefined],
			['Plans!', { year: '2025', month: '3', day: '1' }, { year: '2025', month: '3', day: '9' }],
			['call', { year: '2025', month: '3', day: '18', hour: '10', minute: '15', second: '30', millisecond: '250' }, undefined],
			['vote', { year: '2025', month: '3', day: '20' }, undefined]
		]);
	});

	it('writes group (the imported name, "" for ungrouped), display_date, text HTML, media and background', () => {
		const plans = doc.events.find((e) => e.unique_id === 'Plans!');
		expect(plans).toMatchObject({
			group: '',
			display_date: 'Early March',
			text: { headline: 'Plans', text: '<p>Up <b>now</b></p>' },
			media: { url: 'https://youtu.be/x', caption: '<i>c</i>', link_target: '_blank' },
			background: { url: 'https://x.org/b.jpg', opacity: 40 }
		});
		expect(plans?.citeline).toBeUndefined();
		expect(doc.events.find((e) => e.unique_id === 'call')?.group).toBe('Talks');
	});

	it('carries a date TimelineJS cannot hold in words and as exact EDTF', () => {
		const vote = doc.events.find((e) => e.unique_id === 'vote');
		expect(vote?.citeline).toEqual({ when: '[..2025-03-20]', displayGenerated: true });
		expect(vote?.display_date).toContain('20 March 2025');
		expect(vote?.display_date).toMatch(/on or before/);
	});

	it('writes eras and the scale', () => {
		expect(doc.eras).toEqual([{ start_date: { year: '2025', month: '3' }, end_date: { year: '2025', month: '5' }, text: { headline: 'Spring', text: 'Plain' } }]);
		expect(doc.scale).toBe('human');
	});
});
