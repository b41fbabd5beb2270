/**
 * How long the layout takes per zoom frame on a large timeline, in Node (no browser): the
 * sub-part of `npm run bench` that times layout alone. `tsx scripts/bench/layout.ts [count]`.
 *
 * Takes the benchmark's generated events (scripts/bench/generate.ts, default 100,000), then
 * times what a zoom frame runs (visible-window search + lane packing + ticks) at several
 * zoom levels, and the one-off index build. Prints medians; a number to watch, not a
 * pass/fail test.
 */
import { performance } from 'node:perf_hooks';
import { axisTicks } from '../../src/lib/layout/ticks';
import { layoutScene, estimateLabelPx } from '../../src/lib/layout/scene';
import { baseScale, DAY_MS, HOUR_MS, YEAR_MS } from '../../src/lib/layout/time-scale';
import { buildEventIndex } from '../../src/lib/layout/visible';
import { generateEvents } from './generate';
import { modelEvents } from './model-events';

const count = Number(process.argv[2] ?? 100_000);
const widthPx = 1200;

const start = Date.UTC(1995, 0, 1);
const events = modelEvents(generateEvents(count).events);

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
