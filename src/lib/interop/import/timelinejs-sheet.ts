/**
 * Imports a TimelineJS Google Sheet saved as CSV (File › Download › CSV).
 *
 * Columns are found by their header text, ignoring case and spaces, so that reordered or
 * extra columns do not matter. Each row becomes a TimelineJS 3 slide (Type "title" the title
 * slide, "era" an era, anything else an event) and the document is built with the v3
 * rules: a sheet and the same timeline as JSON import to the same Citeline timeline.
 * Problems name the sheet row (the header is row 1). The CSV is read strictly
 * (csv-records.ts): a row that breaks the CSV rules or has filled cells beyond the header is
 * reported and not imported, since its cells may have moved to other columns.
 */
import { readCsvRecords } from './csv-records';
import { buildFromTimelineJs3 } from './timelinejs3';
import type { HtmlCleaner, ImportProblem, ImportResult } from './types';

export const TIMELINEJS_SHEET_FORMAT = 'TimelineJS Google Sheet (CSV)';

export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Alt Text',
	'Type',
	'Group',
	'Background'
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number];

function headerKey(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\s+/g, '').toLowerCase();
}

const COLUMN_BY_KEY = new Map<string, SheetColumn>(SHEET_COLUMNS.map((c) => [headerKey(c), c]));

/** True when a CSV header row is the TimelineJS sheet's: it has Year, Headline and Text, and a Month or Day or End Year. */
export function isTimelineJsSheetHeader(header: string[]): boolean {
	const keys = new Set(header.map(headerKey));
	return ['year', 'headline', 'text'].every((k) => keys.has(k)) && ['month', 'day', 'endyear'].some((k) => keys.has(k));
}

export function importTimelineJsSheet(text: string, fileName: string, cleaner: HtmlCleaner): ImportResult {
	const content = text.replace(/^\uFEFF/, '');
	if (content.trim() === '') return { ok: false, reason: `${fileName} is empty`, problems: [] };
	const [headerRecord, ...records] = readCsvRecords(content);
	const header = headerRecord?.cells ?? [];
	if (!isTimelineJsSheetHeader(header)) {
		return { ok: false, reason: `${fileName} is not a TimelineJS sheet: its header row has no Year, Headline and Text columns`, problems: [] };
	}
	if (headerRecord?.error) {
		const { column, reason } = headerRecord.error;
		return { ok: false, reason: `${fileName}: its header (row 1) is malformed: column ${column}: ${reason}`, problems: [] };
	}
	const problems: ImportProblem[] = [];
	const rows = records.map((r) => r.cells);
	const index = new Map<SheetColumn, number>();
	header.forEach((name, i) => {
		const column = COLUMN_BY_KEY.get(headerKey(name));
		if (column === undefined) {
			if (name.trim() !== '' && rows.some((r) => (r[i] ?? '').trim() !== '')) problems.push({ position: 'row 1', field: name, reason: `column "${name}" is not a TimelineJS column: not kept` });
		} else if (index.has(column)) {
			problems.push({ position: 'row 1', field: name, reason: `column "${column}" appears twice: the first is used` });
		} else {
			index.set(column, i);
		}
	});

	type Slide = Record<string, unknown>;
	let title: Slide | undefined;
	const events: Slide[] = [];
	const eventRows: number[] = [];
	const eras: Slide[] = [];
	const eraRows: number[] = [];
	const columnName = (column: number) => header[column - 1]?.trim() || `column ${column}`;
	records.forEach(({ cells, error, line }, i) => {
		const row = i + 2;
		const cell = (column: SheetColumn): string => {
			const at = index.get(column);
			return at === undefined ? '' : (cells[at] ?? '').trim();
		};
		if (error) {
			const where = `column ${error.column}, line ${error.line} of the file`;
			return void problems.push({ position: `row ${row}`, field: columnName(error.column), reason: `${where}: ${error.reason}. Row not imported: its cells may be in the wrong columns` });
		}
		if (cells.every((c) => c.trim() === '')) return; // a blank row holds nothing
		const beyond = cells.findIndex((c, at) => at >= header.length && c !== '');
		if (beyond !== -1) {
			return void problems.push({
				position: `row ${row}`,
				field: `column ${beyond + 1}`,
				reason: `line ${line} of the file has ${cells.length} cells but the header ${header.length}: ${JSON.stringify(cells[beyond])} is beyond the last column, so the row's cells may be shifted. Row not imported`
			});
		}
		const start = dateOf(cell('Year'), cell('Month'), cell('Day'), cell('Time'));
		const end = dateOf(cell('End Year'), cell('End Month'), cell('End Day'), cell('End Time'));
		const headline = cell('Headline');
		const position = headline === '' ? `row ${row}` : `row ${row} ("${headline}")`;
		for (const [side, date] of [['Time', start], ['End Time', end]] as const) {
			if ('error' in date) problems.push({ position, field: side, reason: `${date.error}: not placed` });
		}
		const background = cell('Background');
		const slide: Slide = {
			start_date: 'error' in start ? undefined : start,
			end_date: 'error' in end ? undefined : end,
			display_date: cell('Display Date'),
			text: { headline, text: cell('Text') },
			media: {
				url: cell('Media'),
				credit: cell('Media Credit'),
				caption: cell('Media Caption'),
				thumbnail: cell('Media Thumbnail'),
				alt: cell('Alt Text')
			},
			group: cell('Group'),
			// One cell for both: a colour ("#F45B69", "papayawhip") or the URL of an image.
			background: background === '' ? undefined : /[/:.]/.test(background) && !background.startsWith('#') ? { url: background } : { color: background }
		};
		if ('error' in start || 'error' in end) return;
		const type = cell('Type').toLowerCase();
		if (type === 'title') {
			if (title === undefined) title = slide;
			else problems.push({ position, field: 'Type', reason: 'a second title row: only the first is the title slide; this row is not imported' });
		} else if (type === 'era') {
			eras.push(slide);
			eraRows.push(row);
		} else {
			if (type !== '') problems.push({ position, field: 'Type', reason: `type "${cell('Type')}" is not title or era: imported as an event` });
			events.push(slide);
			eventRows.push(row);
		}
	});

	return buildFromTimelineJs3(
		{ title, events, eras },
		{
			fileName,
			format: TIMELINEJS_SHEET_FORMAT,
			cleaner,
			problems,
			titlePosition: 'title row',
			eventPosition: (i, headline) => (headline === '' ? `row ${eventRows[i]}` : `row ${eventRows[i]} ("${headline}")`),
			eraPosition: (i) => `row ${eraRows[i]}`
		}
	);
}

const TIME = /^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2})(?:\.(\d{1,3}))?)?$/;

/** The sheet's date cells as a TimelineJS date object; a Time that is not h:mm[:ss[.mmm]] is an error. */
function dateOf(year: string, month: string, day: string, time: string): Record<string, string> | { error: string } {
	const date: Record<string, string> = { year, month, day };
	if (time === '') return date;
	const match = TIME.exec(time);
	if (!match) return { error: `time "${time}" is not h:mm, h:mm:ss or h:mm:ss.mmm (24-hour)` };
	const [, hour = '', minute = '', second = '', fraction = ''] = match;
	Object.assign(date, { hour, minute, second, millisecond: fraction === '' ? '' : fraction.padEnd(3, '0') });
	return date;
}
