import { describe, expect, it } from 'vitest';
import { nodeHtmlCleaner } from '../html-node';
import { previewImport } from './preview';

const cleaner = nodeHtmlCleaner();

const timelineJs = JSON.stringify({
	title: { text: { headline: 'Ada <em>Lovelace</em>', text: '<p>Her notes</p>' } },
	events: [
		{ start_date: { year: '1815', month: '12', day: '10' }, text: { headline: 'Born', text: '<p>In London<script>alert(1)</script></p>' } },
		{ start_date: { year: '1843' }, text: { headline: 'The notes', text: '' }, group: 'Work' },
		{ text: { headline: 'No date at all' } }
	]
});

describe('previewImport', () => {
	it('gives the validated timeline, a folder name, the file to save, and the problems met', () => {
		const preview = previewImport(timelineJs, 'ada.json', cleaner);
		if (!preview.ok) throw new Error(`${preview.reason}: ${preview.issues.join('; ')}`);
		expect(preview.format).toBe('TimelineJS 3 JSON');
		expect(preview.slug).toBe('ada-lovelace');
		expect(preview.timeline.events.map((e) => [e.title, e.when.edtf, e.status])).toEqual([
			['Born', '1815-12-10', 'unassessed'],
			['The notes', '1843', 'unassessed']
		]);
		expect(preview.timeline.unsourced).toBe(true);
		expect(JSON.parse(preview.fileText).events).toHaveLength(2);
		expect(preview.fileText).not.toMatch(/<script|alert\(/);
		// The undated event is listed, not dropped unseen; so are the markup and the script taken out.
		expect(preview.problems).toEqual([
			{ position: 'title slide', field: 'text.headline', reason: 'is HTML; the title is plain text, so its markup is not kept: "Ada Lovelace"' },
			{ position: 'event 1 ("Born")', field: 'text.text', reason: 'unsafe HTML removed: <script>' },
			expect.objectContaining({ position: expect.stringContaining('No date at all') })
		]);
	});

	it('says why when nothing can be imported', () => {
		expect(previewImport('', 'empty.csv', cleaner)).toMatchObject({ ok: false, reason: 'empty.csv is empty' });
		expect(previewImport('{"events": [', 'broken.json', cleaner)).toMatchObject({ ok: false, reason: expect.stringMatching(/^broken\.json is not JSON/) });
	});
});
