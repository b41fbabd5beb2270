import { describe, expect, it } from 'vitest';
import { datasetTimeline } from '../payload/testing';
import { compareCell, compareCsv, compareRow, csvCell, sortOrders } from './matrix';

const timeline = datasetTimeline();
const event = (id: string) => {
	const found = timeline.events.find((e) => e.id === id);
	if (!found) throw new Error(`no event ${id}`);
	return found;
};
const SOURCES = timeline.sources.map((s) => s.id);
const WORDS = { notReported: 'not reported', citedWithoutQuote: 'cited without a quote', disagree: (t: string) => `Sources disagree: ${t}` };

describe('compareCell', () => {
	it('the prisoner exchange: Weekly Blitz quotes it, the unattributed report does not report it', () => {
		const exchange = event('prisoner-exchange');
		const blitz = compareCell(exchange, timeline.discrepancies, 'weekly-blitz');
		expect(blitz).toEqual({ kind: 'reported', quotes: exchange.citations.filter((c) => c.source === 'weekly-blitz') });
		expect(compareCell(exchange, timeline.discrepancies, 'unattributed-report')).toEqual({ kind: 'not-reported' });
	});

	it('the energy pause: each source’s cell is a disagreement, with its own claim', () => {
		const pause = event('energy-strike-pause');
		for (const source of SOURCES) {
			const cell = compareCell(pause, timeline.discrepancies, source);
			expect(cell.kind).toBe('disagrees');
			if (cell.kind !== 'disagrees') continue;
			expect(cell.disagreements.map((d) => d.discrepancy.id)).toEqual(['energy-pause-length']);
			expect(cell.disagreements[0]?.claims.every((c) => c.source === source)).toBe(true);
			expect(cell.quotes).toEqual(pause.citations.filter((c) => c.source === source));
		}
	});

	it('a reference without a quote counts as reported', () => {
		const referenced = { ...event('prisoner-exchange'), references: ['unattributed-report'] };
		expect(compareCell(referenced, [], 'unattributed-report')).toEqual({ kind: 'reported', quotes: [] });
	});
});

describe('sortOrders', () => {
	const lanes = [2, 0, 1, 0];
	const counts = [2, 1, 2, 1];
	it.each([
		['lane', [1, 3, 2, 0]],
		['time', [0, 1, 2, 3]],
		['fewest', [1, 3, 0, 2]]
	] as const)('%s', (sort, expected) => {
		expect(sortOrders([3, 2, 1, 0], sort, (o) => lanes[o] as number, (o) => counts[o] as number)).toEqual(expected);
	});
});

describe('CSV', () => {
	it('writes quotes verbatim in quotation marks, and safe from spreadsheet formulas', () => {
		const exchange = event('prisoner-exchange');
		const row = compareRow(exchange, 0, timeline.discrepancies, SOURCES);
		const csv = compareCsv(
			[row],
			{ eventHeaders: ['id', 'event'], eventCells: (r) => [r.event.id, '=cmd'], sources: timeline.sources, sourceHeader: (s) => s.id },
			WORDS
		);
		const quote = exchange.citations[0]?.quote as string;
		expect(csv).toContain(`“${quote}”`);
		expect(csv.split('\n')[0]).toBe(['id', 'event', ...SOURCES].join(','));
		expect(csv).toContain("'=cmd");
		expect(csv).toContain('not reported');
	});

	it('names the disagreement in the cell', () => {
		const cell = compareCell(event('energy-strike-pause'), timeline.discrepancies, 'weekly-blitz');
		expect(csvCell(cell, WORDS)).toMatch(/^Sources disagree: How long the pause on energy strikes lasts: “/);
	});
});
