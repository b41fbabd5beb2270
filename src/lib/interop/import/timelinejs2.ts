/**
 * Imports the legacy TimelineJS 2 JSON: {"timeline": {"headline", "text", "asset",
 * "date": [{startDate: "2011,3,23", endDate, headline, text, tag, asset}], "era": [...]}}.
 *
 * It rewrites the document into the TimelineJS 3 shape (dates "y,m,d[,h,m,s]" into date
 * objects, `tag` into `group`, `asset` into `media`) and builds it with the v3 rules, so
 * both versions import alike. Fields v3 has no place for are reported.
 */
import { buildFromTimelineJs3 } from './timelinejs3';
import type { HtmlCleaner, ImportProblem, ImportResult } from './types';
import { readJsonFile } from './json-file';

export const TIMELINEJS2_FORMAT = 'TimelineJS 2 JSON';

const KNOWN_DATE_FIELDS = new Set(['startDate', 'endDate', 'headline', 'text', 'tag', 'tags', 'asset']);
const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

/** True for a v2 document: {"timeline": {"date": [...]}}. */
export function isTimelineJs2(data: unknown): boolean {
	return isObject(data) && isObject(data.timeline) && Array.isArray(data.timeline.date);
}

export function importTimelineJs2(text: string, fileName: string, cleaner: HtmlCleaner): ImportResult {
	const file = readJsonFile(text, fileName);
	if (!file.ok) return file.refusal;
	const data = file.data;
	if (!isTimelineJs2(data)) return { ok: false, reason: `${fileName} is not a TimelineJS 2 timeline: it has no "timeline"."date" list`, problems: [] };
	return buildFromTimelineJs2((data as { timeline: Record<string, unknown> }).timeline, fileName, cleaner);
}

function buildFromTimelineJs2(timeline: Record<string, unknown>, fileName: string, cleaner: HtmlCleaner): ImportResult {
	const problems: ImportProblem[] = [];
	const dates = timeline.date as unknown[];
	const headlineOf = (d: unknown) => (isObject(d) && typeof d.headline === 'string' ? cleaner.toText(d.headline) : '');
	const position = (i: number, headline: string) => (headline === '' ? `date ${i + 1}` : `date ${i + 1} ("${headline}")`);
	const notKept = new Map<string, number>();

	const events = dates.map((d, i) => {
		if (!isObject(d)) return d;
		for (const key of Object.keys(d)) if (!KNOWN_DATE_FIELDS.has(key)) notKept.set(key, (notKept.get(key) ?? 0) + 1);
		return {
			start_date: toDate(d.startDate, 'startDate', position(i, headlineOf(d)), problems),
			end_date: toDate(d.endDate, 'endDate', position(i, headlineOf(d)), problems),
			text: { headline: d.headline, text: d.text },
			group: d.tag ?? d.tags,
			media: toMedia(d.asset)
		};
	});
	const eras = (Array.isArray(timeline.era) ? timeline.era : []).map((e: unknown, i: number) =>
		isObject(e)
			? {
					start_date: toDate(e.startDate, 'startDate', `era ${i + 1}`, problems),
					end_date: toDate(e.endDate, 'endDate', `era ${i + 1}`, problems),
					text: { headline: e.headline, text: e.text }
				}
			: e
	);
	for (const [field, count] of notKept) {
		problems.push({ position: 'file', field, reason: `"${field}" is not kept: Citeline has no such field (${count} date${count === 1 ? '' : 's'})` });
	}
	return buildFromTimelineJs3(
		{ title: { text: { headline: timeline.headline, text: timeline.text }, media: toMedia(timeline.asset) }, events, eras },
		{ fileName, format: TIMELINEJS2_FORMAT, cleaner, problems, eventPosition: position, titlePosition: 'timeline headline' }
	);
}

/** "2011,3,23" → {year: "2011", month: "3", day: "23"}; absent stays absent. Unreadable text is left for the date rules to refuse. */
function toDate(value: unknown, field: string, position: string, problems: ImportProblem[]): Record<string, string> | undefined {
	if (value === undefined || value === null || String(value).trim() === '') return undefined;
	const parts = String(value).trim().split(/\s*,\s*/);
	if (parts.length > DATE_PARTS.length) {
		problems.push({ position, field, reason: `"${String(value)}" has more parts than year,month,day,hour,minute,second` });
	}
	const date: Record<string, string> = {};
	DATE_PARTS.forEach((name, i) => {
		if (parts[i] !== undefined && parts[i] !== '') date[name] = parts[i] as string;
	});
	return date;
}

function toMedia(asset: unknown): Record<string, unknown> | undefined {
	if (!isObject(asset)) return undefined;
	return { url: asset.media, credit: asset.credit, caption: asset.caption, thumbnail: asset.thumbnail };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
