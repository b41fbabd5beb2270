import { describe, expect, it } from 'vitest';
import { nodeHtmlCleaner } from '../html-node';
import { importTimelineJsSheet, isTimelineJsSheetHeader } from './timelinejs-sheet';
import { importTimelineJs3 } from './timelinejs3';

const cleaner = nodeHtmlCleaner();

const SHEET = [
	'year , MONTH,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background,Notes',
	',,,,,,,,,The harbour,<p>Intro</p>,,,,,,title,,#003366,',
	'2020,,,,2022,,,,,Planning,,,,,,,era,,,',
	'2021,3,9,9:30,,,,,Spring 2021,Plans,"<p>Up, <b>all</b> of them</p>",https://x.org/v,AP,Cap,https://x.org/t.jpg,A video,,Council,https://x.org/bg.jpg,internal',
	'2023,6,1,10:15:30.5,,,,,,Opening,,,,,,,,,,',
	',,,,,,,,,,,,,,,,,,,',
	'2024,1,1,noon,,,,,,Bad time,,,,,,,,,,',
	',,,,,,,,,Undated,,,,,,,,,,',
	',,,,,,,,,Second title,,,,,,,title,,,'
].join('\n');

describe('importTimelineJsSheet', () => {
	const result = importTimelineJsSheet(SHEET, 'harbour.csv', cleaner);
	if (!result.ok) throw new Error(result.reason);
	const { timeline, problems } = result;

	it('matches columns by header text, whatever the case and spacing', () => {
		expect(isTimelineJsSheetHeader(['YEAR', ' head line ', 'Text', 'Month'])).toBe(true);
		expect(isTimelineJsSheetHeader(['date', 'title', 'summary'])).toBe(false);
	});

	it('reads title, era and event rows', () => {
		expect(timeline).toMatchObject({ title: 'The harbour', summary: 'Intro', cover: { textHtml: '<p>Intro</p>', background: { color: '#003366' } } });
		expect(timeline.eras).toEqual([{ id: 'planning', title: 'Planning', when: '2020/2022' }]);
		expect(timeline.events.map((e) => [e.title, e.when, e.category])).toEqual([
			['Plans', '2021-03-09T09:30Z', 'council'],
			['Opening', '2023-06-01T10:15:30.500Z', 'events']
		]);
		expect(timeline.events[0]).toMatchObject({
			display: 'Spring 2021',
			summary: 'Up, all of them',
			media: { url: 'https://x.org/v', credit: 'AP', caption: 'Cap', thumbnail: 'https://x.org/t.jpg', alt: 'A video' },
			background: { url: 'https://x.org/bg.jpg' }
		});
	});

	it('reports rows it cannot take by their sheet row, and columns it does not keep', () => {
		expect(problems).toEqual(
			expect.arrayContaining([
				{ position: 'row 1', field: 'Notes', reason: 'column "Notes" is not a TimelineJS column: not kept' },
				{ position: 'row 7 ("Bad time")', field: 'Time', reason: 'time "noon" is not h:mm, h:mm:ss or h:mm:ss.mmm (24-hour): not placed' },
				{ position: 'row 8 ("Undated")', field: 'start_date', reason: 'no start date: not placed' },
				{ position: 'row 9 ("Second title")', field: 'Type', reason: 'a second title row: only the first is the title slide; this row is not imported' }
			])
		);
	});

	it('imports to the same timeline as the same slides in JSON', () => {
		const json = {
			title: { text: { headline: 'The harbour', text: '<p>Intro</p>' }, background: { color: '#003366' } },
			eras: [{ start_date: { year: '2020' }, end_date: { year: '2022' }, text: { headline: 'Planning' } }],
			events: [
				{
					start_date: { year: '2021', month: '3', day: '9', hour: '9', minute: '30' },
					display_date: 'Spring 2021',
					text: { headline: 'Plans', text: '<p>Up, <b>all</b> of them</p>' },
					media: { url: 'https://x.org/v', credit: 'AP', caption: 'Cap', thumbnail: 'https://x.org/t.jpg', alt: 'A video' },
					group: 'Council',
					background: { url: 'https://x.org/bg.jpg' }
				},
				{ start_date: { year: '2023', month: '6', day: '1', hour: '10', minute: '15', second: '30', millisecond: '500' }, text: { headline: 'Opening' } }
			]
		};
		const fromJson = importTimelineJs3(JSON.stringify(json), 'harbour.json', cleaner);
		if (!fromJson.ok) throw new Error(fromJson.reason);
		expect({ ...timeline, origin: undefined }).toEqual({ ...fromJson.timeline, origin: undefined });
	});

	it('refuses a CSV that is not a sheet, and an empty one', () => {
		expect(importTimelineJsSheet('date,title\n', 'x.csv', cleaner)).toMatchObject({ ok: false, reason: expect.stringContaining('not a TimelineJS sheet') });
		expect(importTimelineJsSheet('', 'x.csv', cleaner)).toMatchObject({ ok: false, reason: 'x.csv is empty' });
	});
});

describe('importTimelineJsSheet: malformed rows', () => {
	const header = 'Year,Month,Day,Headline,Text,Group';
	const sheet = (...rows: string[]) => {
		const result = importTimelineJsSheet([header, ...rows].join('\n'), 'sheet.csv', cleaner);
		if (!result.ok) throw new Error(result.reason);
		return result;
	};

	it('reports a row with a stray quote at its row, column and line, and does not take its cells', () => {
		const result = sheet('2020,1,1,"a ""b"""x,text,Council', '2021,1,1,Good,,');
		expect(result.timeline.events.map((e) => e.title)).toEqual(['Good']);
		expect(result.problems).toContainEqual({ position: 'row 2', field: 'Headline', reason: expect.stringMatching(/^column 4, line 2 of the file: text follows the closing quote mark.*Row not imported/) });
	});

	it('reports a row with more cells than the header, and does not take it', () => {
		const result = sheet('2020,1,1,Shifted,a, b,Council', '2021,1,1,Good,,');
		expect(result.timeline.events.map((e) => e.title)).toEqual(['Good']);
		expect(result.problems).toContainEqual({ position: 'row 2', field: 'column 7', reason: expect.stringMatching(/has 7 cells but the header 6: "Council" is beyond the last column.*Row not imported/) });
	});
});
