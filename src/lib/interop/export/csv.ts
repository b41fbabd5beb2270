/**
 * Writes a timeline in the plain CSV layout (plain-csv-layout.ts, docs/csv.md), the one
 * importPlainCsv reads: one row per citation, then one per source referenced without a
 * quote, and one row for an event with neither, every row carrying its event's fields so
 * that a spreadsheet can sort and filter rows on their own.
 *
 * What the layout has no column for is not written: actors (other than by name, as whose
 * account a quote relays), parent and related links, discrepancies, citation notes, whenNote,
 * source publishers, archives, notes and accounts, the accounts a timeline lacks, media. A
 * quote's `account` is the one that applies to it: its own, else its source's.
 * A range with both ends known is split into `date` and `end`; any other date is written
 * whole in `date`. Lanes are written by label (the importer makes ids from labels).
 */
import { csvFormat } from 'd3-dsv';
import { accountOf, REPORTER_ACCOUNT, type Citation, type Source, type Timeline, type TimelineEvent } from '../../model/timeline';
import { PLAIN_CSV_COLUMNS, protectFromFormula, REPORTER_CELL, untitledSourceCell, type PlainCsvRow } from '../plain-csv-layout';

export function toPlainCsv(timeline: Timeline): string {
	const sources = new Map(timeline.sources.map((s) => [s.id, s]));
	const lanes = new Map(timeline.categories.map((c) => [c.id, c.label]));
	const actors = new Map(timeline.actors.map((a) => [a.id, a.name]));
	const accountCell = (citation: Citation): string => {
		const account = accountOf(citation, sources.get(citation.source));
		if (account === undefined) return '';
		return account === REPORTER_ACCOUNT ? REPORTER_CELL : protectFromFormula(actors.get(account) ?? account);
	};
	const rows = timeline.events.flatMap((event) => rowsOf(event, sources, lanes.get(event.category) ?? event.category, accountCell));
	return csvFormat(rows, [...PLAIN_CSV_COLUMNS]) + '\n';
}

function rowsOf(event: TimelineEvent, sources: Map<string, Source>, lane: string, accountCell: (c: Citation) => string): PlainCsvRow[] {
	const [date, end] = dateCells(event);
	const base = {
		id: event.id,
		date,
		end,
		title: protectFromFormula(event.title),
		summary: protectFromFormula(event.summary),
		category: protectFromFormula(lane),
		status: event.status
	};
	const rows: PlainCsvRow[] = event.citations.map((c) => ({ ...base, ...sourceCells(c.source, sources), quote: protectFromFormula(c.quote), account: accountCell(c) }));
	for (const id of event.references ?? []) rows.push({ ...base, ...sourceCells(id, sources), quote: '', account: '' });
	if (rows.length === 0) rows.push({ ...base, source: '', source_url: '', quote: '', account: '' });
	return rows;
}

function dateCells({ when }: TimelineEvent): [string, string] {
	if (when.kind === 'range' && when.start.kind === 'date' && when.end.kind === 'date') return [when.start.date.edtf, when.end.date.edtf];
	return [when.edtf, ''];
}

function sourceCells(id: string, sources: Map<string, Source>): Pick<PlainCsvRow, 'source' | 'source_url'> {
	const source = sources.get(id);
	// A validated timeline declares every source it cites; the id is a last resort, never a silent blank.
	if (source === undefined) return { source: untitledSourceCell(id), source_url: '' };
	return { source: source.title === null ? untitledSourceCell(source.id) : protectFromFormula(source.title), source_url: source.url ?? '' };
}
