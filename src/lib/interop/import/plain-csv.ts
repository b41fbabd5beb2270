/**
 * Imports the plain CSV layout for analysts (see plain-csv-layout.ts and docs/csv.md):
 * one row per citation, columns matched by header name, rows sharing an `id` making one
 * event.
 *
 * What comes in is an unsourced timeline in the file format (timeline.json's shape), for
 * the validator to check like any other: sources are referenced by title and link only, so
 * every quote is unverified until someone archives the source. Every row or cell that
 * cannot be taken as written is an ImportProblem with its line number (the header is line 1)
 * and column; nothing is dropped without one. It does not detect the layout: detect.ts
 * sends here the CSVs that are not TimelineJS sheets.
 *
 * Every cell is plain text, never HTML: `AT&amp;T`, `x<y` and `the <br> tag` arrive exactly as
 * written (a quote must be verbatim, and nothing in the layout says a cell is markup). The
 * file is read strictly (csv-records.ts): a row that breaks the CSV rules, or has cells
 * beyond the header, is reported and not taken, since its cells may be in the wrong columns.
 */
import { UNTITLED } from '../../format/source';
import { parseWhen } from '../../model/dates';
import type { ActorInput, CategoryInput, CitationInput, EventInput, SourceInput, TimelineInput } from '../../model/schema';
import { REPORTER_ACCOUNT } from '../../model/timeline';
import { STATUS_IDS, type Status } from '../../model/vocabulary';
import { readCsvRecords, type CsvRecord } from './csv-records';
import { MAX_QUOTE_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH, overLimit } from './limits';
import {
	DEFAULT_LANE,
	isReporterCell,
	PLAIN_CSV_COLUMNS,
	REQUIRED_COLUMNS,
	unprotectFromFormula,
	untitledSourceId,
	type PlainCsvColumn,
	type PlainCsvRow
} from '../plain-csv-layout';
import { markupIn } from '../../model/safe-html';
import { slugify } from './slug';
import type { HtmlCleaner, ImportProblem, ImportResult } from './types';

export const PLAIN_CSV_FORMAT = 'Plain CSV';

/** The fields that make an event, compared between rows that share an id. */
const EVENT_COLUMNS = ['date', 'end', 'title', 'summary', 'category', 'status'] as const satisfies readonly PlainCsvColumn[];

interface Line {
	line: number;
	cells: PlainCsvRow;
}

/** The cleaner is not used (the layout holds no HTML); it is taken so that every importer is called alike. */
export function importPlainCsv(text: string, fileName: string, _cleaner?: HtmlCleaner): ImportResult {
	const content = text.replace(/^\uFEFF/, '');
	if (content.trim() === '') return { ok: false, reason: `${fileName} is empty`, problems: [] };

	const records = readCsvRecords(content);
	const headerCells = records[0]?.cells ?? [];
	const headerError = records[0]?.error;
	if (headerError) {
		return { ok: false, reason: `${fileName}: its header (line 1) is malformed: column ${headerError.column}: ${headerError.reason}`, problems: [] };
	}
	const header = readHeader(headerCells);
	const problems: ImportProblem[] = [...header.problems];
	const missing = REQUIRED_COLUMNS.filter((c) => !header.index.has(c));
	if (missing.length > 0) {
		const found = headerCells.map((h) => h.trim()).filter((h) => h !== '');
		return {
			ok: false,
			reason: `${fileName} has no ${missing.map((c) => `"${c}"`).join(' or ')} column in its header (line 1${found.length > 0 ? `: ${found.join(', ')}` : ', which is empty'}); the plain CSV layout needs at least date and title`,
			problems
		};
	}

	const lines = dataRows(records, headerCells, header.index, problems);
	if (lines.length === 0) return { ok: false, reason: `${fileName} has a header but no rows`, problems };

	// Ids written in the file are theirs: an id made from a title must not take one of them.
	const written = new Set(lines.flatMap((l) => (l.cells.id === '' ? [] : [slugify(l.cells.id)])));
	const builder = new TimelineBuilder(problems, written);
	for (const line of lines) builder.take(line);
	const timeline = builder.finish(fileName);
	if (timeline.events.length === 0) {
		return { ok: false, reason: `${fileName}: no row could be taken as an event (see the problems)`, problems };
	}
	return { ok: true, timeline, problems, format: PLAIN_CSV_FORMAT };
}

function readHeader(cells: string[]): { index: Map<PlainCsvColumn, number>; problems: ImportProblem[] } {
	const index = new Map<PlainCsvColumn, number>();
	const problems: ImportProblem[] = [];
	cells.forEach((cell, i) => {
		const name = cell.trim().toLowerCase();
		if (name === '') return;
		const column = PLAIN_CSV_COLUMNS.find((c) => c === name);
		if (column === undefined) {
			problems.push({ position: 'line 1', field: cell.trim(), reason: `unknown column, not imported (the columns are ${PLAIN_CSV_COLUMNS.join(', ')})` });
		} else if (index.has(column)) {
			problems.push({ position: 'line 1', field: cell.trim(), reason: `column "${column}" appears twice; only the first is read` });
		} else {
			index.set(column, i);
		}
	});
	return { index, problems };
}

/**
 * The data rows with the line each starts on (a quoted cell may hold line breaks, so rows
 * are not lines). Blank rows are skipped. A row that breaks the CSV rules, or has filled
 * cells beyond the header, is reported and left out: its cells may be shifted, and taking
 * them would put a quote in the title or a title in the date. A row with fewer cells than
 * the header is read with its missing cells empty, as spreadsheets and people write it.
 */
function dataRows(records: CsvRecord[], header: string[], index: Map<PlainCsvColumn, number>, problems: ImportProblem[]): Line[] {
	const lines: Line[] = [];
	const columnName = (column: number) => header[column - 1]?.trim() || `column ${column}`;
	for (const record of records.slice(1)) {
		const { line, cells: row, error } = record;
		if (error) {
			const where = error.line === line ? '' : ` (on line ${error.line})`;
			problems.push({
				position: `line ${line}`,
				field: columnName(error.column),
				reason: `column ${error.column}${where}: ${error.reason}. Row not imported: its cells may be in the wrong columns`
			});
			continue;
		}
		if (row.every((cell) => cell.trim() === '')) continue;
		const beyond = row.findIndex((cell, i) => i >= header.length && cell !== '');
		if (beyond !== -1) {
			problems.push({
				position: `line ${line}`,
				field: `column ${beyond + 1}`,
				reason: `has ${row.length} cells but the header ${header.length}: ${JSON.stringify(shortened(row[beyond] ?? ''))} is beyond the last column, so the row's cells may be shifted (a comma in a cell needs the cell in quotes). Row not imported`
			});
			continue;
		}
		const cells = Object.fromEntries(PLAIN_CSV_COLUMNS.map((c) => [c, cellOf(row, index.get(c), c)])) as PlainCsvRow;
		lines.push({ line, cells });
	}
	return lines;
}

function shortened(text: string): string {
	return text.length <= 40 ? text : `${text.slice(0, 40)}…`;
}

function cellOf(row: string[], at: number | undefined, column: PlainCsvColumn): string {
	const raw = at === undefined ? '' : (row[at] ?? '');
	// A quote is kept as written (its ends are not significant to matching either); other cells are trimmed.
	const cell = column === 'quote' ? (raw.trim() === '' ? '' : raw) : raw.trim();
	return unprotectFromFormula(cell);
}

interface EventDraft {
	event: EventInput;
	/** The line that made the event, and its cells, to compare later rows with. */
	line: number;
	cells: PlainCsvRow;
}

/** Collects events, lanes and sources row by row, reporting what it cannot take. */
class TimelineBuilder {
	private readonly events: EventDraft[] = [];
	private readonly byRawId = new Map<string, EventDraft>();
	private readonly eventIds = new Set<string>();
	/** The line and written id that took each id written in the file, to report a rename. */
	private readonly writtenIdOwner = new Map<string, { line: number; raw: string }>();
	private readonly categories = new Map<string, CategoryInput>();
	private readonly sources: SourceInput[] = [];
	private readonly sourceByKey = new Map<string, { source: SourceInput; line: number }>();
	private readonly sourceIds = new Set<string>();
	/** Actors made from `account` cells, by name. */
	private readonly actors = new Map<string, ActorInput>();

	constructor(
		private readonly problems: ImportProblem[],
		private readonly writtenIds: Set<string>
	) {}

	take({ line, cells }: Line): void {
		const earlier = cells.id === '' ? undefined : this.byRawId.get(cells.id);
		const draft = earlier ?? this.startEvent(line, cells);
		if (draft === undefined) return;
		if (earlier) this.compareWithFirst(line, cells, earlier);
		this.addCitation(line, cells, draft.event);
	}

	finish(fileName: string): TimelineInput {
		const name = fileName.replace(/^.*[\\/]/, '');
		const title = name.replace(/\.[^.]*$/, '').trim() || name;
		return {
			format: 1,
			title,
			summary: `Imported from ${name} (plain CSV). Its sources are not archived, so no quote is verified.`,
			unsourced: true,
			categories: this.categories.size > 0 ? [...this.categories.values()] : [{ ...DEFAULT_LANE }],
			...(this.actors.size > 0 ? { actors: [...this.actors.values()] } : {}),
			...(this.sources.length > 0 ? { sources: this.sources } : {}),
			events: this.events.map((d) => d.event),
			origin: { format: PLAIN_CSV_FORMAT, file: name }
		};
	}

	private report(line: number, field: PlainCsvColumn | undefined, reason: string, eventId?: string): void {
		this.problems.push({ position: `line ${line}${eventId ? ` (event "${eventId}")` : ''}`, ...(field ? { field } : {}), reason });
	}

	/** A new event from its first row; undefined (reported) when the row lacks a usable date or title. */
	private startEvent(line: number, cells: PlainCsvRow): EventDraft | undefined {
		const title = cells.title;
		const when = this.readWhen(line, cells);
		if (title === '') this.report(line, 'title', 'is empty; every event needs a title. Row not imported');
		if (when === undefined || title === '') return undefined;
		const summary = cells.summary;
		for (const [field, text, limit] of [
			['title', title, MAX_TITLE_LENGTH],
			['summary', summary, MAX_SUMMARY_LENGTH]
		] as const) {
			const tooLong = overLimit(text, limit);
			if (tooLong !== undefined) {
				this.report(line, field, `${tooLong}. Row not imported`);
				return undefined;
			}
		}

		const { id, externalId } = this.eventId(line, cells.id, title);
		const event: EventInput = {
			id,
			...(externalId !== undefined ? { externalId } : {}),
			title,
			...(summary !== '' ? { summary } : {}),
			when,
			status: this.readStatus(line, cells.status, id),
			category: this.lane(line, cells.category, id)
		};
		const draft = { event, line, cells };
		this.events.push(draft);
		if (cells.id !== '') this.byRawId.set(cells.id, draft);
		return draft;
	}

	private readWhen(line: number, cells: PlainCsvRow): string | undefined {
		if (cells.date === '') {
			this.report(line, 'date', 'is empty; every event needs a start date, e.g. 2025-03-18 (an EDTF date). Row not imported');
			return undefined;
		}
		const alone = parseWhen(cells.date);
		if (!alone.ok) {
			this.report(line, 'date', `${alone.message}. Row not imported`);
			return undefined;
		}
		if (cells.end === '') return cells.date;
		if (alone.when.kind !== 'point') {
			this.report(line, 'end', `date "${cells.date}" is already a range or a bounded date; leave end empty or make date a single date. Row not imported`);
			return undefined;
		}
		const range = parseWhen(`${cells.date}/${cells.end}`);
		if (!range.ok) {
			this.report(line, 'end', `the range ${range.message}. Row not imported`);
			return undefined;
		}
		return range.when.edtf;
	}

	private readStatus(line: number, cell: string, eventId: string): Status {
		if (cell === '') return 'unassessed';
		const status = STATUS_IDS.find((s) => s === cell.toLowerCase());
		if (status !== undefined) return status;
		this.report(line, 'status', `"${cell}" is not a status (${STATUS_IDS.join(', ')}); the event is imported as unassessed`, eventId);
		return 'unassessed';
	}

	private eventId(line: number, raw: string, title: string): { id: string; externalId?: string } {
		if (raw === '') return { id: unique(slugify(title) || 'event', this.eventIds, this.writtenIds) };
		const wanted = slugify(raw) || 'event';
		const owner = this.writtenIdOwner.get(wanted);
		const id = unique(wanted, this.eventIds);
		this.writtenIdOwner.set(id, { line, raw });
		if (owner !== undefined) {
			// Two ids written differently ("Ada!", "ada") make the same slug: the second is renamed, and says so.
			this.report(line, 'id', `id "${wanted}" is already the id of the event on line ${owner.line} ("${owner.raw}"): this event's id is "${id}", and "${raw}" is kept as its externalId`);
		}
		return raw !== id ? { id, externalId: raw } : { id };
	}

	/** The lane for a category cell: its label, with an id made from it; empty → the one default lane. */
	private lane(line: number, cell: string, eventId: string): string {
		let label = cell;
		const markup = markupIn(label);
		if (markup !== undefined) {
			// A lane's name is shown as HTML by TimelineJS (its "group"), so the format keeps tags out of it.
			this.report(line, 'category', `"${cell}" holds "${markup}", which would be read as HTML: a lane's name is plain text. The event goes to the lane "${DEFAULT_LANE.label}"`, eventId);
			label = '';
		}
		if (label === '') {
			const lane = this.categories.get(DEFAULT_LANE.id) ?? { ...DEFAULT_LANE };
			this.categories.set(lane.id, lane);
			return lane.id;
		}
		const existing = [...this.categories.values()].find((c) => c.label === label);
		if (existing) return existing.id;
		const id = unique(slugify(label) || 'category', new Set(this.categories.keys()));
		this.categories.set(id, { id, label });
		return id;
	}

	/** Rows after an event's first add citations; their event cells, if filled in, must agree with the first. */
	private compareWithFirst(line: number, cells: PlainCsvRow, first: EventDraft): void {
		for (const column of EVENT_COLUMNS) {
			const here = cells[column];
			const there = first.cells[column];
			if (here !== '' && here !== there) {
				this.report(line, column, `"${here}" differs from line ${first.line} ("${there}"), the event's first row; the first row's value is kept`, first.event.id);
			}
		}
	}

	private addCitation(line: number, cells: PlainCsvRow, event: EventInput): void {
		const sourceId = this.source(line, cells, event.id);
		const quote = cells.quote;
		if (quote !== '') {
			if (sourceId === undefined) {
				this.report(line, 'quote', 'has no source (fill in source or source_url); a quote must say where it comes from. Quote not imported', event.id);
				return;
			}
			const tooLong = overLimit(quote, MAX_QUOTE_LENGTH);
			if (tooLong !== undefined) {
				this.report(line, 'quote', `${tooLong}. Quote not imported`, event.id);
				return;
			}
			const citation: CitationInput = { source: sourceId, quote };
			const account = this.account(cells.account);
			if (account !== undefined) citation.account = account;
			event.citations = [...(event.citations ?? []), citation];
		} else if (cells.account !== '') {
			this.report(line, 'account', `"${cells.account}" is whose account a quote relays, and this row has no quote; not imported`, event.id);
			if (sourceId !== undefined && !(event.references ?? []).includes(sourceId)) event.references = [...(event.references ?? []), sourceId];
		} else if (sourceId !== undefined && !(event.references ?? []).includes(sourceId)) {
			event.references = [...(event.references ?? []), sourceId];
		}
	}

	/** The source a row names, created on first sight; sources with a link are one source per link. */
	private source(line: number, cells: PlainCsvRow, eventId: string): string | undefined {
		let url: string | undefined;
		if (cells.source_url !== '') {
			if (isHttpUrl(cells.source_url)) url = cells.source_url;
			else this.report(line, 'source_url', `"${cells.source_url}" is not an http(s) link; it is not kept as a link`, eventId);
		}
		const untitledId = untitledSourceId(cells.source);
		const title = untitledId !== undefined ? null : cells.source || null;
		if (url === undefined && title === null && untitledId === undefined) return undefined;

		const key = url !== undefined ? `url ${url}` : title !== null ? `title ${title}` : `untitled ${untitledId}`;
		const known = this.sourceByKey.get(key);
		if (known) {
			if (title !== null && known.source.title === null) known.source.title = title;
			else if (title !== null && known.source.title !== title) {
				this.report(line, 'source', `"${title}" differs from the title line ${known.line} gave the source at ${url} ("${known.source.title}"); the first is kept`, eventId);
			}
			return known.source.id;
		}
		const base = untitledId ?? (slugify(title ?? '') || slugify(url ? hostAndPath(url) : '') || 'source');
		const id = unique(base, this.sourceIds);
		let named = title;
		if (named === null && url === undefined) {
			// A source needs a title, a link or an archive for a reader to find it; the CSV has no
			// column for archives. Name it for what it is, and say so.
			named = `${UNTITLED} (${id})`;
			this.report(line, 'source', `"${cells.source}" is a source with no title and no link (its archived text, if it had one, is not in a CSV); it is imported titled "${named}": add its link or archive its text`, eventId);
		}
		const source: SourceInput = { id, title: named, publisher: null, ...(url ? { url } : {}) };
		this.sources.push(source);
		this.sourceByKey.set(key, { source, line });
		return source.id;
	}

	/** Whose account a quote relays: "reporter", or an actor made from the name on first sight. */
	private account(cell: string): string | undefined {
		const name = cell.trim();
		if (name === '') return undefined;
		if (isReporterCell(name)) return REPORTER_ACCOUNT;
		const known = this.actors.get(name);
		if (known) return known.id;
		const taken = new Set([...this.actors.values()].map((a) => a.id));
		// "reporter" is the reporter's own account, never an actor's id.
		const id = unique(slugify(name) || 'actor', taken, new Set([REPORTER_ACCOUNT]));
		this.actors.set(name, { id, name });
		return id;
	}
}

function isHttpUrl(text: string): boolean {
	try {
		const { protocol } = new URL(text);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

function hostAndPath(url: string): string {
	const { hostname, pathname } = new URL(url);
	return `${hostname.replace(/^www\./, '')}${pathname}`;
}

/**
 * Per set of taken ids and set of reserved ones, the suffix each base's search resumes from:
 * ids are only ever added, so the suffixes below it stay unavailable. Without it the k-th
 * event with a common title (in 100,000 rows, "Shelling reported" may come thousands of
 * times) tries k ids: quadratic.
 */
const resumeAt = new WeakMap<Set<string>, WeakMap<ReadonlySet<string>, Map<string, number>>>();
const NONE: ReadonlySet<string> = new Set();

/** `base`, or `base-2`, `base-3`… whichever is neither taken nor reserved; records it as taken. */
function unique(base: string, taken: Set<string>, reserved: ReadonlySet<string> = NONE): string {
	let id = base;
	if (taken.has(id) || reserved.has(id)) {
		let byReserved = resumeAt.get(taken);
		if (byReserved === undefined) resumeAt.set(taken, (byReserved = new WeakMap()));
		let suffixes = byReserved.get(reserved);
		if (suffixes === undefined) byReserved.set(reserved, (suffixes = new Map()));
		let n = suffixes.get(base) ?? 2;
		for (id = `${base}-${n}`; taken.has(id) || reserved.has(id); id = `${base}-${n}`) n++;
		suffixes.set(base, n + 1);
	}
	taken.add(id);
	return id;
}
