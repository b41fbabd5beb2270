/**
 * Every real TimelineJS file in tests/fixtures/timelinejs/ (see its README) through the
 * importer: counts, chosen dates and precisions, refusals, and the validator's verdict on
 * what would be written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWhen, type Precision } from '../../src/lib/model/dates';
import type { TimelineInput } from '../../src/lib/model/schema';
import { formatIssue, validateTimeline } from '../../src/lib/model/validate';
import { nodeHtmlCleaner } from '../../src/lib/interop/html-node';
import { importTimelineFile } from '../../src/lib/interop/import/detect';
import type { ImportProblem, ImportResult } from '../../src/lib/interop/import/types';
import { TIMELINEJS_FIXTURES as FIXTURES } from '../fixtures/paths';

const cleaner = nodeHtmlCleaner();

function importFixture(name: string): { timeline: TimelineInput; problems: ImportProblem[]; format: string } {
	const result: ImportResult = importTimelineFile(readFileSync(FIXTURES + name, 'utf8'), name, cleaner);
	if (!result.ok) throw new Error(`${name}: ${result.reason}`);
	return result;
}

function precisionOf(edtf: string): Precision | undefined {
	const when = parseWhen(edtf);
	if (!when.ok) throw new Error(when.message);
	const w = when.when;
	return w.kind === 'point' ? w.date.precision : w.kind === 'range' && w.start.kind === 'date' ? w.start.date.precision : undefined;
}

describe('TimelineJS fixtures', () => {
	it.each<[string, string, number]>([
		['women_in_computing.json', 'TimelineJS 3 JSON', 10],
		['women_in_computing.csv', 'TimelineJS Google Sheet (CSV)', 10],
		['houston_timeline3.json', 'TimelineJS 3 JSON', 18],
		['eras.json', 'TimelineJS 3 JSON', 20],
		['cosmo.json', 'TimelineJS 3 JSON', 1],
		['twain_marktwain.json', 'TimelineJS 3 JSON', 17],
		// 28 dates, one with the broken endDate "196002152034" (refused, see below).
		['example.json', 'TimelineJS 2 JSON', 27]
	])('%s: %s, %i events, valid as written', (name, format, count) => {
		const result = importFixture(name);
		expect(result.format).toBe(format);
		expect(result.timeline.events).toHaveLength(count);
		const validation = validateTimeline({ slug: 'fixture', file: 'timeline.json', text: JSON.stringify(result.timeline), format: 'json', readArchive: () => undefined });
		expect(validation.ok ? [] : validation.issues.map(formatIssue)).toEqual([]);
		expect(result.timeline.events.every((e) => e.status === 'unassessed')).toBe(true);
	});

	it('covers every file in the folder', () => {
		expect(readdirSync(FIXTURES).filter((f) => /\.(json|csv)$/.test(f)).sort()).toEqual(
			['cosmo.json', 'eras.json', 'example.json', 'houston_timeline3.json', 'twain_marktwain.json', 'women_in_computing.csv', 'women_in_computing.json'].sort()
		);
	});

	it('women in computing: the first event is a range from 10 December 1815 to 27 November 1852, to the day', () => {
		const [ada] = importFixture('women_in_computing.json').timeline.events;
		expect(ada).toMatchObject({ id: 'ada-lovelace', title: 'Ada Lovelace', when: '1815-12-10/1852-11-27', category: 'events' });
		const when = parseWhen(ada?.when ?? '');
		expect(when.ok && [when.when.earliestMs, when.when.latestMs]).toEqual([Date.UTC(1815, 11, 10), Date.UTC(1852, 10, 28) - 1]);
		expect(precisionOf(ada?.when ?? '')).toBe('day');
	});

	it('women in computing: month and year precision, three ranges, media kept', () => {
		const { timeline } = importFixture('women_in_computing.json');
		const eniac = timeline.events[2];
		expect(eniac?.when).toBe('1943-07/1946');
		expect(precisionOf(eniac?.when ?? '')).toBe('month');
		expect(timeline.events.filter((e) => e.when.includes('/'))).toHaveLength(3);
		expect(eniac?.media).toMatchObject({ url: 'https://www.youtube.com/watch?v=aPweFhhXFvY', caption: 'Jean Bartik talks about the ENIAC women' });
		expect(timeline.categories).toEqual([{ id: 'events', label: 'Events', externalGroup: '' }]);
	});

	it('women in computing: the JSON and the sheet import to the same timeline', () => {
		const json = importFixture('women_in_computing.json').timeline;
		const csv = importFixture('women_in_computing.csv').timeline;
		expect({ ...csv, origin: undefined }).toEqual({ ...json, origin: undefined });
	});

	it('eras.json: three eras in the 7th century, year-only dates', () => {
		const { timeline } = importFixture('eras.json');
		expect(timeline.eras?.map((e) => e.when)).toEqual(['0650/0700', '0600/0650', '0700/0720']);
		expect(timeline.events[0]).toMatchObject({ when: '0602/0629' });
		expect(precisionOf('0602')).toBe('year');
		expect(timeline.events[0]?.background).toEqual({ opacity: 50, url: 'https://upload.wikimedia.org/wikipedia/commons/a/a2/HumiliationValerianusHolbein.jpg' });
	});

	it('cosmo.json: six events off the axis refused with the reason, the wheel placed in 3500 BCE', () => {
		const { timeline, problems } = importFixture('cosmo.json');
		expect(timeline.events.map((e) => [e.title, e.when])).toEqual([['oldest known depiction of a wheeled vehicle', '-3499']]);
		const refused = problems.filter((p) => p.field === 'start_date.year');
		expect(refused.map((p) => p.position)).toEqual([
			'event 1 ("The Big Bang")',
			'event 2 ("The Dark Ages and large-scale structure emergence")',
			'event 3 ("The universe as it appears today")',
			'event 4 ("The formation of the Solar System")',
			'event 5 ("Paleozoic era")',
			'event 6 ("approximate date of appearance of Homo sapiens")'
		]);
		expect(refused[0]?.reason).toBe('year -13800000000 is beyond what Citeline can place on a time axis (±271,821): not placed');
		expect(refused[5]?.reason).toContain('year -315000 is beyond');
	});

	it('twain: times to the second (its millisecond fields are empty), read as UTC and said so; legacy location reported', () => {
		const { timeline, problems } = importFixture('twain_marktwain.json');
		const born = timeline.events.find((e) => e.title === 'Florida, Missouri');
		expect(born?.when).toBe('2000-01-05T06:45:56Z');
		expect(precisionOf(born?.when ?? '')).toBe('second');
		expect(timeline.events[0]?.when).toBe('1908-05-13');
		expect(problems.some((p) => p.reason.includes('read as UTC'))).toBe(true);
		expect(problems).toContainEqual({ position: 'file', field: 'location', reason: '"location" is not kept: Citeline has no such field (12 events)' });
	});

	it('example.json (v2): dates from "y,m,d", tags as lanes, the title slide; a broken date refused, not misplaced', () => {
		const { timeline, problems } = importFixture('example.json');
		expect(problems).toContainEqual({
			position: `date 17 ("Stars in 'Butterfield 8'")`,
			field: 'end_date.year',
			reason: 'year 196002152034 is beyond what Citeline can place on a time axis (±271,821): not placed'
		});
		expect(timeline.title).toBe('Elizabeth Taylor\n1932-2011');
		expect(timeline.events.find((e) => e.title === 'Elizabeth Taylor Dies in Los Angeles')).toMatchObject({ when: '2011-03-23', category: 'personal-life' });
		expect(timeline.categories.length).toBeGreaterThan(1);
		expect(JSON.stringify(timeline)).not.toMatch(/onclick|<script|javascript:/i);
	});
});
