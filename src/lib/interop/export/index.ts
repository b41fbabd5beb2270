/**
 * Every export format in one table: what the explorer's menu lists and what
 * `npm run export` accepts, with the function that writes each.
 *
 * A format is an id, a label for people, a file extension, a MIME type and an exporter.
 * Exporters take a timeline already cut down by the filter (filter.ts; exportTimeline does
 * both) and return the file's body plus notes for the user (e.g. the events a calendar
 * could not hold), so nothing is left out unsaid. PNG is the one format whose exporter
 * depends on where it runs (resvg in Node, a canvas in the browser): its entry has none
 * until the caller plugs one in with pngExporter and exportFormatsWith.
 */
import { defaultWindow } from '../../layout/time-scale';
import type { Timeline } from '../../model/timeline';
import { renderTimelineSvg, type TimelineSvgOptions } from '../../render/timeline-svg';
import { toCitelineJson } from './citeline-json';
import { toPlainCsv } from './csv';
import { filterTimeline, type ExportFilter } from './filter';
import { toIcs } from './ics';
import type { HtmlCleaner } from '../import/types';
import { toTimelineJs } from './timelinejs';

export { filterTimeline, isWholeTimeline, matchesFilter, type ExportFilter } from './filter';

export type ExportFormatId = 'json' | 'timelinejs' | 'csv' | 'ics' | 'svg' | 'png';

export interface ExportContext {
	/** The site's origin, for links back to Citeline (ICS descriptions). */
	baseUrl?: string;
	/** When the file is made (ICS DTSTAMP); now by default. */
	stampMs?: number;
	/** The view a picture shows, UTC instants; default: the filter's window, else every event. */
	window?: [number, number];
	/** More options for the picture (size, theme, labels). */
	picture?: Omit<TimelineSvgOptions, 'window'>;
	/**
	 * Sanitizes HTML once more on its way out (the TimelineJS export): htmlCleaner(window) in
	 * the browser, nodeHtmlCleaner() in Node. Without one, HTML texts are written as plain text.
	 */
	htmlCleaner?: HtmlCleaner;
}

export interface ExportResult {
	body: string | Uint8Array | Blob;
	/** What the user should know about the file, e.g. 'event "x" left out: …'. */
	notes: string[];
}

export type Exporter = (timeline: Timeline, context: ExportContext) => ExportResult | Promise<ExportResult>;

export interface ExportFormat {
	id: ExportFormatId;
	/** For the menu, e.g. "Calendar (.ics)". */
	label: string;
	/** Without the dot. */
	extension: string;
	mimeType: string;
	/** Absent where the caller must supply it (PNG). */
	exporter?: Exporter;
}

const text = (body: string): ExportResult => ({ body, notes: [] });

/** The picture of the view: the context's window, the filter's, or every event. */
export function pictureWindow(timeline: Timeline, context: ExportContext): [number, number] {
	return context.window ?? defaultWindow(timeline.span);
}

export const svgExporter: Exporter = (timeline, context) =>
	text(renderTimelineSvg(timeline, { ...context.picture, window: pictureWindow(timeline, context) }));

/** A PNG exporter from the platform's rasterizer: svgToPng (png-node.ts) in Node, svgToPngBlob (png-browser.ts) in the browser. */
export function pngExporter(rasterize: (svg: string) => Uint8Array | Blob | Promise<Uint8Array | Blob>): Exporter {
	return async (timeline, context) => {
		const svg = renderTimelineSvg(timeline, { ...context.picture, window: pictureWindow(timeline, context) });
		return { body: await rasterize(svg), notes: [] };
	};
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
	{ id: 'json', label: 'Citeline JSON (.json)', extension: 'json', mimeType: 'application/json', exporter: (t) => text(toCitelineJson(t)) },
	{
		id: 'timelinejs',
		label: 'TimelineJS 3 JSON (.json)',
		extension: 'json',
		mimeType: 'application/json',
		exporter: (t, context) => {
			const notes: string[] = [];
			const document = toTimelineJs(t, { cleaner: context.htmlCleaner, onNote: (note) => notes.push(note) });
			return { body: JSON.stringify(document, null, 2), notes };
		}
	},
	{ id: 'csv', label: 'Spreadsheet (.csv)', extension: 'csv', mimeType: 'text/csv;charset=utf-8', exporter: (t) => text(toPlainCsv(t)) },
	{
		id: 'ics',
		label: 'Calendar (.ics)',
		extension: 'ics',
		mimeType: 'text/calendar;charset=utf-8',
		exporter: (t, context) => {
			const { ics, leftOut, notes } = toIcs(t, context);
			return { body: ics, notes: [...leftOut.map((e) => `event "${e.id}" is not in the calendar: ${e.reason}`), ...notes] };
		}
	},
	{ id: 'svg', label: 'Picture (.svg)', extension: 'svg', mimeType: 'image/svg+xml', exporter: svgExporter },
	{ id: 'png', label: 'Picture (.png)', extension: 'png', mimeType: 'image/png' }
];

/** The table with exporters plugged in (e.g. `{ png: pngExporter(svgToPng) }`); formats still without one are left out. */
export function exportFormatsWith(exporters: Partial<Record<ExportFormatId, Exporter>> = {}): Array<ExportFormat & { exporter: Exporter }> {
	return EXPORT_FORMATS.flatMap((format) => {
		const exporter = exporters[format.id] ?? format.exporter;
		return exporter ? [{ ...format, exporter }] : [];
	});
}

/** `<slug>.<extension>`, or `<slug>-filtered.<extension>` for part of a timeline. */
export function exportFileName(timeline: Pick<Timeline, 'slug'>, format: Pick<ExportFormat, 'id' | 'extension'>, filtered: boolean): string {
	const suffix = format.id === 'timelinejs' ? '-timelinejs' : '';
	return `${timeline.slug}${suffix}${filtered ? '-filtered' : ''}.${format.extension}`;
}

/** Filters the timeline and writes it in the format; a picture shows the filter's window unless the context gives one. */
export async function exportTimeline(format: ExportFormat & { exporter: Exporter }, timeline: Timeline, filter: ExportFilter = {}, context: ExportContext = {}): Promise<ExportResult> {
	const subset = filterTimeline(timeline, filter);
	// A picture needs a finite view: a window open on one side falls back to the kept events.
	const finite = filter.window && Number.isFinite(filter.window.fromMs) && Number.isFinite(filter.window.toMs);
	const window = context.window ?? (finite && filter.window ? ([filter.window.fromMs, filter.window.toMs] as [number, number]) : undefined);
	return format.exporter(subset, { ...context, ...(window ? { window } : {}) });
}
