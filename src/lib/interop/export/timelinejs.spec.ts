import { describe, expect, it } from 'vitest';
import type { TimelineInput } from '../../model/schema';
import type { Timeline } from '../../model/timeline';
import { formatIssue, validateTimeline } from '../../model/validate';
import { nodeHtmlCleaner } from '../html-node';
import { toTimelineJs } from './timelinejs';

const cleaner = nodeHtmlCleaner();

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
	const doc = toTimelineJs(validated(INPUT), { cleaner });

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

describe('toTimelineJs: nothing unsafe goes out, whatever the file says', () => {
	// A hand-written timeline the validator would refuse, as if it had got through anyway.
	const good = validated(INPUT);
	const hostile: Timeline = {
		...good,
		title: 'Title <img src=x onerror=alert(1)>',
		categories: [
			{ id: 'events', label: 'Events', externalGroup: '<img src=x onerror=alert(2)>Events' },
			{ id: 'talks', label: 'Talks <b>&' }
		],
		cover: { textHtml: '<p onclick="alert(3)">Cover</p>', background: { color: 'red;background:url(javascript:alert(4))' } },
		eras: good.eras.map((era) => ({ ...era, textHtml: '<script>alert(5)</script>Era' })),
		events: good.events.map((event) =>
			event.id === 'plans'
				? {
						...event,
						externalId: '<b>Plans</b>',
						display: 'Early <script>alert(6)</script>March',
						textHtml: '<a href="javascript:alert(7)">Up</a> <img src="data:image/png;base64,AAAA" onerror="alert(8)">',
						media: { url: 'javascript:alert(9)', caption: '<i>c</i>' },
						background: { url: 'data:text/html,<script>alert(10)</script>', color: '#F45B69', alt: '<b>alt</b>' }
					}
				: event.id === 'call'
					? { ...event, media: { url: '<blockquote>Embed<script>alert(11)</script></blockquote>', thumbnail: '/relative.jpg', link: 'vbscript:x', linkTarget: '_blank" onmouseover="alert(12)' } }
					: event
		)
	};

	it('sanitizes HTML again, escapes plain text, and leaves out bad links, colours and markup, with a note for each', () => {
		const notes: string[] = [];
		const doc = toTimelineJs(hostile, { cleaner, onNote: (note) => notes.push(note) });
		// Escaped text (&lt;script&gt;) is text to TimelineJS: only what is left once it is taken out could run.
		const live = JSON.stringify(doc).replace(/&lt;.*?&gt;/g, '');
		expect(live).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|vbscript:|data:|<b>/i);
		expect(doc.title.text).toEqual({ headline: 'Title &lt;img src=x onerror=alert(1)&gt;', text: '<p>Cover</p>' });
		expect(doc.title.background).toBeUndefined();
		const plans = doc.events.find((e) => e.text.headline === 'Plans');
		expect(plans).toMatchObject({ unique_id: 'plans', group: 'Events', display_date: 'Early &lt;script&gt;alert(6)&lt;/script&gt;March', text: { text: '<a>Up</a> <img>' }, background: { color: '#F45B69' } });
		expect(plans?.media).toBeUndefined();
		const call = doc.events.find((e) => e.text.headline === 'The call');
		expect(call?.group).toBe('Talks &lt;b&gt;&amp;');
		expect(call?.media).toEqual({ url: '<blockquote>Embed</blockquote>' });
		expect(doc.eras?.[0]?.text.text).toBe('Era');
		expect(notes).toEqual(
			expect.arrayContaining([
				'lane "events": its imported group "<img src=x onerror=alert(2)>Events" holds markup; its name "Events" is written instead',
				expect.stringMatching(/^the title slide: unsafe HTML removed from its text: onclick="alert\(3\)" on <p>$/),
				'the title slide: background colour left out: "red;background:url(javascript:alert(4))" is not a CSS colour',
				expect.stringMatching(/^event "plans": unsafe HTML removed from its text: /),
				'event "plans": media left out: a javascript: link is never followed',
				expect.stringMatching(/^event "plans": background image left out: /),
				'event "plans": background alt text left out: it holds "<b>", which TimelineJS would read as HTML',
				'event "plans": its imported id "<b>Plans</b>" holds markup; its Citeline id is written instead',
				'event "call": unsafe HTML removed from its media embed code: <script>',
				expect.stringMatching(/^event "call": media thumbnail left out: "\/relative\.jpg" is a relative link/),
				'event "call": media link left out: a vbscript: link is never followed',
				'event "call": media link target left out: "_blank" onmouseover="alert(12)" is not a window name such as "_blank"',
				expect.stringMatching(/^era "spring": unsafe HTML removed from its text: <script>$/)
			])
		);
	});

	it('without a sanitizer, writes HTML texts as their plain text and says so', () => {
		const notes: string[] = [];
		const doc = toTimelineJs(hostile, { onNote: (note) => notes.push(note) });
		expect(JSON.stringify(doc).replace(/&lt;.*?&gt;/g, '')).not.toMatch(/<script|onerror|onclick|javascript:/i);
		expect(doc.events.find((e) => e.text.headline === 'Plans')?.text.text).toBe('Up now');
		expect(notes).toContainEqual(expect.stringMatching(/HTML texts were written as plain text or left out: no HTML sanitizer was available/));
	});
});
