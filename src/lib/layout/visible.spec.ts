import { describe, expect, it } from 'vitest';
import { parseWhen, type When } from '../model/dates';
import type { TimelineEvent } from '../model/timeline';
import { markExtent } from './extent';
import { buildEventIndex } from './visible';
import { seededRandom as random } from '../testing/seeded-random';

function parsed(edtf: string): When {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(`expected "${edtf}" to parse, got: ${result.message}`);
	return result.when;
}

function event(id: string, edtf: string): TimelineEvent {
	return {
		id,
		title: `Event ${id}`,
		summary: '',
		when: parsed(edtf),
		status: 'happened',
		category: 'talks',
		actors: [],
		citations: [],
		children: [],
		related: [],
		discrepancies: []
	};
}

/** Sorted as the model sorts them: by sortMs, then id. */
function sorted(events: TimelineEvent[]): TimelineEvent[] {
	return [...events].sort((a, b) => a.when.sortMs - b.when.sortMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);


describe('buildEventIndex', () => {
	const events = sorted([
		// Starts a year before the windows below and runs into March 2025.
		event('long-talks', '2024-03-01/2025-03-20'),
		event('early', '2025-01-10'),
		event('call', '2025-03-18'),
		event('call-time', '2025-03-18T14:00Z'),
		event('next-day', '2025-03-19'),
		event('ongoing', '2025-03-17/..'),
		event('month', '2025-03'),
		event('april', '2025-04-02'),
		event('later', '2025-06-01/2025-06-30')
	]);
	const index = buildEventIndex(events);
	const ids = (fromMs: number, toMs: number) => index.within(fromMs, toMs).map((item) => item.event.id);

	it('keeps every event, with its order and extent, and looks them up by id', () => {
		expect(index.items.map((i) => i.event.id)).toEqual(events.map((e) => e.id));
		expect(index.items.map((i) => i.order)).toEqual(events.map((_, i) => i));
		const call = index.byId.get('call');
		expect(call?.event).toBe(events.find((e) => e.id === 'call'));
		expect(call?.extent).toEqual(markExtent(parsed('2025-03-18')));
		expect(index.byId.get('nope')).toBeUndefined();
	});

	const rows: Array<{ name: string; from: number; to: number; expected: string[] }> = [
		{
			// 18 March only: the long range reaches in from a year before; 'ongoing' started the day before,
			// but its finite extent is only 17 March, so it is not in view; 'month' covers all of March.
			name: '18 March',
			from: utc(2025, 3, 18),
			to: utc(2025, 3, 19) - 1,
			expected: ['long-talks', 'month', 'call', 'call-time']
		},
		{
			name: 'the afternoon of 18 March, before the timed event',
			from: utc(2025, 3, 18, 12),
			to: utc(2025, 3, 18, 13),
			expected: ['long-talks', 'month', 'call']
		},
		{
			name: 'late June, after everything but the June range',
			from: utc(2025, 6, 20),
			to: utc(2025, 6, 25),
			expected: ['later']
		},
		{
			// …and one that starts at the last millisecond of 20 March meets the long range ending that day.
			name: 'a window starting at the last instant of 20 March',
			from: utc(2025, 3, 21) - 1,
			to: utc(2025, 3, 21, 12),
			expected: ['long-talks', 'month']
		},
		{ name: 'a window in 2023, before all of it', from: utc(2023, 1, 1), to: utc(2023, 12, 31), expected: [] },
		{ name: 'a window in 2026, after all of it', from: utc(2026, 1, 1), to: utc(2026, 12, 31), expected: [] },
		{
			// Only the long range covers the summer of 2024.
			name: 'summer 2024',
			from: utc(2024, 7, 1),
			to: utc(2024, 8, 1),
			expected: ['long-talks']
		},
		{
			// Touching counts: a window that ends at the first instant of 2 April meets the April event.
			name: 'a window ending exactly where 2 April begins',
			from: utc(2025, 4, 1, 12),
			to: utc(2025, 4, 2),
			expected: ['april']
		},
		{
			name: 'all of 2025, in time order',
			from: utc(2025, 1, 1),
			to: utc(2025, 12, 31),
			expected: ['long-talks', 'early', 'month', 'ongoing', 'call', 'call-time', 'next-day', 'april', 'later']
		}
	];

	it.each(rows)('$name', ({ from, to, expected }) => {
		expect(ids(from, to)).toEqual(expected);
	});

	it('returns events in time order', () => {
		const found = index.within(utc(2024, 1, 1), utc(2026, 1, 1));
		expect(found.map((i) => i.order)).toEqual([...found.map((i) => i.order)].sort((a, b) => a - b));
		expect(found).toHaveLength(events.length);
	});

	it('throws on events not sorted by sortMs', () => {
		expect(() => buildEventIndex([event('b', '2025-03-19'), event('a', '2025-03-18')])).toThrow(/sorted/);
	});

	it('accepts events that share a sortMs, and no events at all', () => {
		expect(buildEventIndex([event('a', '2025-03-18'), event('b', '2025-03-18/2025-03-20')]).within(utc(2025, 3, 20), utc(2025, 3, 21)).map((i) => i.event.id)).toEqual(['b']);
		expect(buildEventIndex([]).within(0, Date.UTC(2100, 0, 1))).toEqual([]);
	});
});

describe('buildEventIndex: 10,000 generated events against a brute-force filter', () => {
	const rand = random(20250318);
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = (ms: number) => {
		const d = new Date(ms);
		return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	};
	const base = utc(2000, 1, 1);
	const spanDays = 25 * 365;
	const generated: TimelineEvent[] = [];
	for (let i = 0; i < 10_000; i++) {
		const startMs = base + Math.floor(rand() * spanDays) * 86_400_000;
		const kind = rand();
		let edtf: string;
		if (kind < 0.5) edtf = day(startMs);
		else if (kind < 0.6) edtf = day(startMs).slice(0, 7); // a month
		else if (kind < 0.65) edtf = `${day(startMs)}/..`;
		else if (kind < 0.7) edtf = `[..${day(startMs)}]`;
		else if (kind < 0.98) edtf = `${day(startMs)}/${day(startMs + Math.floor(rand() * 60) * 86_400_000)}`;
		// A few very long ranges, which must be found far from where they start.
		else edtf = `${day(startMs)}/${day(startMs + Math.floor(rand() * 3000) * 86_400_000)}`;
		generated.push(event(`e${i}`, edtf));
	}
	const events = sorted(generated);
	const index = buildEventIndex(events);

	const windows: Array<[number, number]> = [];
	for (let i = 0; i < 40; i++) {
		const from = base - 200 * 86_400_000 + rand() * (spanDays + 400) * 86_400_000;
		// From an hour to about three years wide.
		const width = 3_600_000 * Math.exp(rand() * Math.log(24 * 365 * 3));
		windows.push([from, from + width]);
	}
	// And the edges: before everything, after everything, everything.
	windows.push([utc(1990, 1, 1), utc(1991, 1, 1)], [utc(2040, 1, 1), utc(2041, 1, 1)], [utc(1990, 1, 1), utc(2040, 1, 1)]);

	it.each(windows.map(([from, to]) => ({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), fromMs: from, toMs: to })))(
		'$from … $to',
		({ fromMs, toMs }) => {
			const expected = index.items.filter((i) => i.extent.endMs >= fromMs && i.extent.startMs <= toMs).map((i) => i.event.id);
			expect(index.within(fromMs, toMs).map((i) => i.event.id)).toEqual(expected);
		}
	);

	it('finds something in most windows (the comparison is not vacuous)', () => {
		const nonEmpty = windows.filter(([from, to]) => index.within(from, to).length > 0).length;
		expect(nonEmpty).toBeGreaterThan(windows.length / 2);
		expect(index.within(utc(1990, 1, 1), utc(2040, 1, 1))).toHaveLength(10_000);
	});

	it('reads only the events near the window, not all of them', () => {
		// The single days of the set above (about half of it): no event reaches far, so nothing widens the search.
		const days = events.filter((e) => e.when.kind === 'point' && e.when.date.precision === 'day');
		expect(days.length).toBeGreaterThan(4000);
		const dayIndex = buildEventIndex(days);
		// Count reads of the index's own array (the one `within` searches), without changing what they return.
		let reads = 0;
		dayIndex.items.forEach((item, i) => {
			Object.defineProperty(dayIndex.items, i, {
				get: () => {
					reads++;
					return item;
				}
			});
		});
		// Four days around one of them, so that the window is not empty.
		const middle = (days[2000] as TimelineEvent).when.sortMs;
		const [fromMs, toMs] = [middle - 2 * 86_400_000, middle + 2 * 86_400_000];
		const found = dayIndex.within(fromMs, toMs).map((i) => i.event.id);
		const readsByQuery = reads;
		const expected = days.filter((e) => markExtent(e.when).endMs >= fromMs && markExtent(e.when).startMs <= toMs).map((e) => e.id);
		expect(found).toEqual(expected);
		expect(found.length).toBeGreaterThan(0);
		// Two binary searches (about 2 × 13 reads) plus the few events in range: far below the thousands there are.
		expect(readsByQuery).toBeGreaterThan(0);
		expect(readsByQuery).toBeLessThan(60);
	});
});
