/**
 * One entry point for every import: sniffs the format from the content (not the file name,
 * which is only used in messages and as a hint between JSON and CSV) and hands the text to
 * the right importer.
 *
 *   {"events": [...]}            TimelineJS 3 JSON
 *   {"timeline": {"date": [...]}} TimelineJS 2 JSON
 *   CSV with Year, Headline, Text… TimelineJS Google Sheet
 *   any other CSV                 the plain CSV layout (plain-csv.ts)
 */
import { csvParseRows } from 'd3-dsv';
import { importPlainCsv } from './plain-csv';
import { importTimelineJs2, isTimelineJs2 } from './timelinejs2';
import { buildFromTimelineJs3, isTimelineJs3, TIMELINEJS3_FORMAT } from './timelinejs3';
import { importTimelineJsSheet, isTimelineJsSheetHeader } from './timelinejs-sheet';
import type { HtmlCleaner, ImportResult } from './types';
import { readJsonFile } from './json-file';

export function importTimelineFile(text: string, fileName: string, cleaner: HtmlCleaner): ImportResult {
	const content = text.replace(/^\uFEFF/, '');
	if (content.trim() === '') return { ok: false, reason: `${fileName} is empty`, problems: [] };

	const trimmed = content.trimStart();
	if (trimmed.startsWith('{') || trimmed.startsWith('[') || /\.json$/i.test(fileName)) {
		const file = readJsonFile(content, fileName);
		if (!file.ok) return file.refusal;
		const data = file.data;
		if (isTimelineJs3(data)) return buildFromTimelineJs3(data, { fileName, format: TIMELINEJS3_FORMAT, cleaner });
		if (isTimelineJs2(data)) return importTimelineJs2(content, fileName, cleaner);
		return {
			ok: false,
			reason: `${fileName} is JSON but not a timeline Citeline can import: expected TimelineJS 3 ({"events": [...]}) or TimelineJS 2 ({"timeline": {"date": [...]}})`,
			problems: []
		};
	}

	const [header = []] = csvParseRows(content.slice(0, content.search(/\r?\n/) === -1 ? undefined : content.search(/\r?\n/)));
	if (isTimelineJsSheetHeader(header)) return importTimelineJsSheet(content, fileName, cleaner);
	return importPlainCsv(content, fileName, cleaner);
}
