/**
 * `npm run bench`: how long the layout takes per zoom frame on a large timeline.
 *
 * Generates a synthetic timeline of N events (default 100,000) spread over 30 years, with
 * points, ranges and uncertain dates, then times what a zoom frame runs (visible-window
 * search + lane packing + ticks) at several zoom levels, and the one-off index build.
 * Prints medians; a number to watch, not a pass/fail test.
 */
import { performance } from 'node:perf_hooks';
import { parseWhen } from '../src/lib/model/dates';
import type { TimelineEvent } from '../src/lib/model/timeline';
import { axisTicks } from '../src/lib/layout/ticks';
import { layoutScene, estimateLabelPx } from '../src/lib/layout/scene';
import { baseScale, DAY_MS, HOUR_MS, YEAR_MS } from '../src/lib/layout/time-scale';
import { buildEventIndex } from '../src/lib/layout/visible';

const count = Number(process.argv[2] ?? 100_000);
const widthPx = 1200;
const lanes = ['a', 'b', 'c', 'd', 'e'];

let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const start = Date.UTC(1995, 0, 1);
const events: TimelineEvent[] = [];
for (let i = 0; i < count; i++) {
	const at = start + random() * 30 * YEAR_MS;
	const kind = random();
	const text = kind < 0.7 ? iso(at) : kind < 0.9 ? `${iso(at)}/${iso(at + random() * 60 * DAY_MS)}` : `${iso(at)}?`;
	const when = parseWhen(text);
	if (!when.ok) throw new Error(when.message);
	events.push({
		id: `e${i}`,
		title: `Event number ${i}`,
		summary: '',
		when: when.when,
		status: 'happened',
		category: lanes[i % lanes.length] as string,
		actors: [],
		citations: [],
		children: [],
		related: [],
		discrepancies: []
	});
}
events.sort((a, b) => a.when.sortMs - b.when.sortMs);

function median(label: string, runs: number, fn: () => void): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	const ms = times[Math.floor(times.length / 2)] as number;
	console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms`);
	return ms;
}

console.log(`Citeline layout benchmark: ${count.toLocaleString('en')} events, ${widthPx}px wide`);
let index = buildEventIndex(events);
median('build index (once per timeline)', 5, () => (index = buildEventIndex(events)));

const centre = start + 15 * YEAR_MS;
for (const [label, spanMs] of [
	['frame: 30 years in view', 30 * YEAR_MS],
	['frame: 1 year in view', YEAR_MS],
	['frame: 1 month in view', 30 * DAY_MS],
	['frame: 1 day in view', DAY_MS],
	['frame: 2 hours in view', 2 * HOUR_MS]
] as const) {
	const scale = baseScale([centre - spanMs / 2, centre + spanMs / 2], widthPx);
	let marks = 0;
	median(label, 15, () => {
		const scene = layoutScene({
			index,
			scale,
			widthPx,
			rowsPerLane: () => 3,
			pinned: new Set(),
			expanded: new Set(),
			labelPx: (item) => estimateLabelPx(item.event.title)
		});
		axisTicks(centre - spanMs / 2, centre + spanMs / 2, widthPx);
		marks = scene.marks.length;
	});
	console.log(`${''.padEnd(44)} ${marks} marks drawn, ${index.within(centre - spanMs / 2, centre + spanMs / 2).length} events in the window`);
}
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
console.log(`heap used after the run: ${heapMb.toFixed(0)} MB`);
