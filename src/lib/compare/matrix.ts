/**
 * The compare view's matrix: events as rows, sources as columns, and in each cell what that
 * source says of that event, verbatim: its quotes, that it cites the source without a quote,
 * that it does not report the event, or that a recorded discrepancy sets it against another
 * source (with its claim). Pure: the page (routes/(site)/t/[slug]/compare) only draws it.
 *
 * A quote is never changed here; the CSV wraps each in quotation marks (which also keeps a
 * spreadsheet from reading a quote that starts with "=" as a formula) and changes nothing
 * inside.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Citation, Discrepancy, Source, TimelineEvent } from '../model/timeline';
import { protectFromFormula } from '../interop/plain-csv-layout';

export interface Disagreement {
	discrepancy: Pick<Discrepancy, 'id' | 'title'>;
	/** What this source claims in it. */
	claims: Citation[];
}

export type CompareCell =
	| { kind: 'not-reported' }
	/** `quotes` may be empty: the event cites the source without a quote (a reference). */
	| { kind: 'reported'; quotes: Citation[] }
	| { kind: 'disagrees'; quotes: Citation[]; disagreements: Disagreement[] };

export interface CompareRow {
	event: TimelineEvent;
	/** Position in time order. */
	order: number;
	/** One cell per column, in the columns' order. */
	cells: CompareCell[];
}

/** What `source` says of `event`, given the discrepancies that bear on the event. */
export function compareCell(event: TimelineEvent, discrepancies: readonly Discrepancy[], sourceId: string): CompareCell {
	const quotes = event.citations.filter((c) => c.source === sourceId);
	const disagreements = discrepancies
		.filter((d) => event.discrepancies.includes(d.id))
		.map((d) => ({ discrepancy: { id: d.id, title: d.title }, claims: d.claims.filter((c) => c.source === sourceId) }))
		.filter((d) => d.claims.length > 0);
	if (disagreements.length > 0) return { kind: 'disagrees', quotes, disagreements };
	if (quotes.length > 0 || (event.references ?? []).includes(sourceId)) return { kind: 'reported', quotes };
	return { kind: 'not-reported' };
}

export function compareRow(event: TimelineEvent, order: number, discrepancies: readonly Discrepancy[], sourceIds: readonly string[]): CompareRow {
	return { event, order, cells: sourceIds.map((id) => compareCell(event, discrepancies, id)) };
}

export type CompareSort = 'lane' | 'time' | 'fewest';
export const COMPARE_SORTS: readonly CompareSort[] = ['lane', 'time', 'fewest'];

/**
 * The rows' positions in display order: by lane (in the timeline's order of lanes) then time,
 * by time, or fewest sources first (then time), which brings single-source claims to the top.
 */
export function sortOrders(orders: readonly number[], sort: CompareSort, laneRank: (order: number) => number, sourceCount: (order: number) => number): number[] {
	const sorted = [...orders];
	if (sort === 'lane') sorted.sort((a, b) => laneRank(a) - laneRank(b) || a - b);
	else if (sort === 'fewest') sorted.sort((a, b) => sourceCount(a) - sourceCount(b) || a - b);
	else sorted.sort((a, b) => a - b);
	return sorted;
}

/** The words the CSV writes where a cell has no quote. */
export interface CompareCsvWords {
	notReported: string;
	citedWithoutQuote: string;
	/** "Sources disagree: <title>" */
	disagree: (title: string) => string;
}

export interface CompareCsvColumns {
	/** The event's columns before the sources: id, title, date, lane, status (as the reader sees them). */
	eventHeaders: string[];
	eventCells: (row: CompareRow) => string[];
	sources: readonly Pick<Source, 'id' | 'title' | 'publisher'>[];
	sourceHeader: (source: Pick<Source, 'id' | 'title' | 'publisher'>) => string;
}

const quoted = (c: Citation) => `“${c.quote}”`;

/** One cell of the CSV: the source's quotes, each in quotation marks, one per line. */
export function csvCell(cell: CompareCell, words: CompareCsvWords): string {
	if (cell.kind === 'not-reported') return words.notReported;
	const quotes = cell.quotes.length > 0 ? cell.quotes.map(quoted) : [words.citedWithoutQuote];
	if (cell.kind === 'reported') return quotes.join('\n');
	const claims = cell.disagreements.map((d) => `${words.disagree(d.discrepancy.title)}: ${d.claims.map(quoted).join(' ')}`);
	return [...claims, ...(cell.quotes.length > 0 ? quotes : [])].join('\n');
}

/** The matrix as CSV (RFC 4180, a header row, then one row per event). */
export function compareCsv(rows: readonly CompareRow[], columns: CompareCsvColumns, words: CompareCsvWords): string {
	const header = [...columns.eventHeaders, ...columns.sources.map(columns.sourceHeader)].map(protectFromFormula);
	const body = rows.map((row) => [...columns.eventCells(row).map(protectFromFormula), ...row.cells.map((cell) => protectFromFormula(csvCell(cell, words)))]);
	return csvFormatRows([header, ...body]) + '\n';
}
