/**
 * The plain CSV layout for analysts, shared by its importer and its exporter so that the
 * two cannot drift apart. docs/csv.md describes it for people.
 *
 * One row per citation: `id, date, end, title, summary, category, status, source,
 * source_url, quote, account`. Columns are matched by header name, case-insensitively, in any
 * order; only `date` and `title` are required.
 */

export const PLAIN_CSV_COLUMNS = ['id', 'date', 'end', 'title', 'summary', 'category', 'status', 'source', 'source_url', 'quote', 'account'] as const;
export type PlainCsvColumn = (typeof PLAIN_CSV_COLUMNS)[number];
export type PlainCsvRow = Record<PlainCsvColumn, string>;

export const REQUIRED_COLUMNS: readonly PlainCsvColumn[] = ['date', 'title'];

/** The lane of events whose `category` cell is empty. */
export const DEFAULT_LANE = { id: 'events', label: 'Events' } as const;

/**
 * A source that states no title is written as `(untitled: <source id>)` in the `source`
 * column, so that it comes back untitled (not titled with a made-up name) and two untitled
 * sources stay two sources.
 */
const UNTITLED_CELL = /^\(untitled: ([a-z0-9]+(?:-[a-z0-9]+)*)\)$/;

export function untitledSourceCell(sourceId: string): string {
	return `(untitled: ${sourceId})`;
}

/** The source id of an untitled-source cell; undefined for a title. */
export function untitledSourceId(cell: string): string | undefined {
	return UNTITLED_CELL.exec(cell)?.[1];
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula. Text cells that would are written with a leading apostrophe, which spreadsheets
 * hide and the importer removes again; dates are left alone (an EDTF year may start with -).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function protectFromFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unprotectFromFormula(cell: string): string {
	return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The `account` cell of a quote: whose account it relays, by the actor's name as written, or
 * `reporter` for the source's own reporting (any case). A CSV has no table of actors, so the
 * importer makes one actor per name.
 */
export const REPORTER_CELL = 'reporter';

export function isReporterCell(cell: string): boolean {
	return cell.trim().toLowerCase() === REPORTER_CELL;
}
