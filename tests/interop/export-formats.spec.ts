/**
 * The table of export formats, as the explorer's menu and `npm run export` use it, over the
 * call timeline: every format with an exporter writes a file its own reader takes back.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName, exportFormatsWith, exportTimeline, pngExporter } from '../../src/lib/interop/export/index';
import { fromTimelineJson } from '../../src/lib/model/timeline-json';
import { svgToPng } from '../../src/lib/render/png-node';
import { validateFolder } from '../../src/lib/server/timelines';

const SLUG = '2025-03-18-putin-trump-call';
const result = validateFolder(`data/timelines/${SLUG}`, SLUG);
if (!result.ok) throw new Error('the shipped timeline must validate');
const timeline = result.timeline;
const formats = exportFormatsWith({ png: pngExporter((svg) => svgToPng(svg)) });
const format = (id: string) => {
	const found = formats.find((f) => f.id === id);
	if (!found) throw new Error(`no exporter for ${id}`);
	return found;
};
const day19 = { fromMs: Date.UTC(2025, 2, 19), toMs: Date.UTC(2025, 2, 20) - 1 };

describe('EXPORT_FORMATS', () => {
	it('lists each format once, with an extension and a MIME type', () => {
		expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['json', 'timelinejs', 'csv', 'ics', 'svg', 'png']);
		for (const f of EXPORT_FORMATS) {
			expect(f.extension).toMatch(/^[a-z]+$/);
			expect(f.mimeType).toMatch(/^[a-z]+\/[a-z+.-]+/);
		}
	});

	it('has no PNG exporter until the platform plugs one in', () => {
		expect(exportFormatsWith().map((f) => f.id)).not.toContain('png');
		expect(formats.map((f) => f.id)).toContain('png');
	});

	it.each([
		['json', false, `${SLUG}.json`],
		['timelinejs', false, `${SLUG}-timelinejs.json`],
		['ics', true, `${SLUG}-filtered.ics`]
	])('names the %s file (filtered: %s) %s', (id, filtered, name) => {
		expect(exportFileName(timeline, EXPORT_FORMATS.find((f) => f.id === id) ?? EXPORT_FORMATS[0]!, filtered)).toBe(name);
	});
});

describe('exportTimeline', () => {
	it('writes the whole timeline as the published timeline.json', async () => {
		const { body } = await exportTimeline(format('json'), timeline);
		expect(fromTimelineJson(body as string)).toEqual(timeline);
	});

	it('writes the filtered subset as a timeline.json of its own', async () => {
		const { body } = await exportTimeline(format('json'), timeline, { window: day19, categories: ['humanitarian'] });
		const subset = fromTimelineJson(body as string);
		expect(subset.events.map((e) => e.id)).toEqual(['wounded-soldiers-handover', 'prisoner-exchange']);
		expect(subset.categories.map((c) => c.id)).toEqual(['humanitarian']);
		// The links to the call (not kept) are gone; the one between the two kept events stays.
		expect(subset.events.find((e) => e.id === 'prisoner-exchange')?.related).toEqual([{ event: 'wounded-soldiers-handover', relation: 'related', direction: 'in' }]);
	});

	it('writes the filtered subset as TimelineJS 3 JSON, one slide per event', async () => {
		const { body } = await exportTimeline(format('timelinejs'), timeline, { categories: ['humanitarian'] });
		const document = JSON.parse(body as string) as { events: Array<{ unique_id?: string; group?: string }> };
		expect(document.events.map((e) => e.unique_id).sort()).toEqual(['kursk-encircled-troops', 'kursk-surrender-guarantee', 'prisoner-exchange', 'wounded-soldiers-handover']);
		expect(new Set(document.events.map((e) => e.group))).toEqual(new Set(['Prisoners and soldiers']));
	});

	it('writes the CSV of the filter only', async () => {
		const { body } = await exportTimeline(format('csv'), timeline, { statuses: ['proposed'] });
		expect([...new Set(csvParse(body as string).map((r) => r.id))]).toEqual(['ceasefire-proposal', 'nhl-khl-hockey']);
	});

	it('tells the user which events the calendar could not hold', async () => {
		const { notes } = await exportTimeline(format('ics'), timeline, { categories: ['security'] });
		expect(notes).toEqual(['event "black-sea-talks" is not in the calendar: its exact date is not reported (on or after 2025-03-18)']);
	});

	it('draws the filter\'s window as the picture, in SVG and PNG', async () => {
		const svg = (await exportTimeline(format('svg'), timeline, { window: day19 })).body as string;
		expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*19 March 2025[\s\S]*<\/svg>\s*$/);
		const png = (await exportTimeline(format('png'), timeline, { window: day19 })).body as Uint8Array;
		expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	});
});
