/**
 * How long search and filters take on a large timeline, in Node (the same V8 as Chromium):
 * the sub-part of `npm run bench` that times what the explorer runs at each keystroke and at
 * each filter change. `tsx scripts/bench/search.ts [count]` (default 100,000).
 *
 * Builds the benchmark's generated events (scripts/bench/generate.ts) into a timeline, writes
 * its search index and facets as the build does, loads the index as the browser does (from
 * JSON), then times:
 *
 * - **query**: what one keystroke costs in the Finder (src/lib/state/finder.svelte.ts): the
 *   query (src/lib/search/load-index.ts), the events found that the filters leave, and the best 8 for the list;
 *   over a set of queries typed letter by letter (every prefix of each), with and without a
 *   filter on;
 * - **filter**: applying a set of filters to every event with the counts per choice
 *   (search/facets.ts applyFilters), and the filtered density;
 *
 * and prints p50 / p95 / max in milliseconds, with the index's size. A number to watch, not
 * a pass/fail test; a frame is 16.7 ms.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import type { Timeline } from '../../src/lib/model/timeline';
import { buildPayload } from '../../src/lib/payload/build';
import { buildSearchPart, type SearchPart } from '../../src/lib/search/build-index';
import { applyFilters, filteredDensity } from '../../src/lib/search/facets';
import { NO_FILTERS, type Filters } from '../../src/lib/search/filters';
import { loadSearchIndex } from '../../src/lib/search/load-index';
import { EVENTS_PER_SOURCE, generateEvents } from './generate';
import { modelEvents } from './model-events';

const count = Number(process.argv[2] ?? 100_000);

function timelineOf(n: number): Timeline {
	const generated = generateEvents(n).events;
	const sourceCount = Math.max(1, Math.ceil(n / EVENTS_PER_SOURCE));
	const lanes = [...new Set(generated.map((e) => e.category))];
	const actors = [...new Set(generated.flatMap((e) => e.actors))];
	const events = modelEvents(generated, (e) => e.quotes.map((quote) => ({ source: `report-${e.source + 1}`, quote, verification: { state: 'unverified' } })));
	return {
		format: 1,
		slug: `bench-${n}`,
		title: 'Benchmark',
		summary: '',
		language: 'en',
		timeZone: 'UTC',
		strict: false,
		unsourced: false,
		categories: lanes.map((id) => ({ id, label: id })),
		actors: actors.map((id, i) => ({ id, name: `Actor ${i + 1}` })),
		sources: Array.from({ length: sourceCount }, (_, s) => ({ id: `report-${s + 1}`, title: `Daily report ${s + 1}`, publisher: 'Benchmark Wire', furniture: [], notes: [] })),
		events,
		discrepancies: [],
		eras: [],
		span: null
	};
}

function stats(times: number[]): string {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
	return `p50 ${at(0.5).toFixed(2).padStart(7)} ms   p95 ${at(0.95).toFixed(2).padStart(7)} ms   max ${(sorted.at(-1) as number).toFixed(2).padStart(7)} ms   (${times.length} runs)`;
}

/**
 * CPU time of `fn`, ms: on a shared machine the wall clock also counts the time other
 * processes held the core, which says nothing of the code (the run prints both totals).
 */
function time(fn: () => void): number {
	const before = process.cpuUsage();
	fn();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
}

const t0 = performance.now();
const timeline = timelineOf(count);
const payload = buildPayload(timeline);
let part: SearchPart | undefined;
const buildMs = time(() => (part = buildSearchPart(timeline, 2)));
const json = JSON.stringify(part);
const facetsJson = JSON.stringify(payload.facets);
let index!: ReturnType<typeof loadSearchIndex>;
const loadMs = time(() => (index = loadSearchIndex(JSON.parse(json), count)));
const vocabulary = { lanes: timeline.categories.map((c) => c.id), actors: timeline.actors.map((a) => a.id), sources: timeline.sources.map((s) => s.id) };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(`Citeline search and filters: ${count.toLocaleString('en')} events (set up in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`search.json  ${kb(json.length).padStart(9)} raw, ${kb(gzipSync(json).length).padStart(7)} gzipped; built in ${buildMs.toFixed(0)} ms, loaded (JSON.parse) in ${loadMs.toFixed(0)} ms`);
console.log(`facets.json  ${kb(facetsJson.length).padStart(9)} raw, ${kb(gzipSync(facetsJson).length).padStart(7)} gzipped`);

// What readers type, letter by letter: places, kinds of event, a number, a source, an actor.
const QUERIES = ['kharkiv', 'prisoner exchange', 'shelling kharkiv', 'ceasefire proposed', 'remained tense', '517', 'daily report 42', 'actor 7', 'zaporizhzhia port', 'aid'];
const typed = QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter((p) => p.trim() !== ''));

const lanesFilter: Filters = { ...NO_FILTERS, lanes: [vocabulary.lanes[0] as string, vocabulary.lanes[3] as string] };
function keystroke(query: string, filters: Filters): void {
	const shown = filters === NO_FILTERS ? undefined : applyFilters(payload.facets, vocabulary, filters).shown;
	const hits = index.search(query);
	let found = 0;
	for (const order of hits.orders) if (!shown || shown[order] === 1) found++;
	const best: number[] = [];
	for (const order of hits.ranked) {
		if (best.length >= 8) break;
		if (!shown || shown[order] === 1) best.push(order);
	}
	if (found < best.length) throw new Error('unreachable');
}
// Warm up (the JIT), then measure.
for (const q of typed.slice(0, 20)) keystroke(q, NO_FILTERS);
const queryTimes = typed.map((q) => time(() => keystroke(q, NO_FILTERS)));
console.log(`query (a keystroke):              ${stats(queryTimes)}`);
const shownOnce = applyFilters(payload.facets, vocabulary, lanesFilter).shown;
const filteredQueryTimes = typed.map((q) =>
	time(() => {
		const hits = index.search(q);
		let found = 0;
		for (const order of hits.orders) if (shownOnce[order] === 1) found++;
		return found;
	})
);
console.log(`query with two lanes filtered:    ${stats(filteredQueryTimes)}`);

const FILTER_SETS: Filters[] = [
	{ ...NO_FILTERS, statuses: ['agreed'] },
	lanesFilter,
	{ ...NO_FILTERS, actors: ['actor-3', 'actor-5'], statuses: ['announced', 'stated'] },
	{ ...NO_FILTERS, sources: vocabulary.sources.slice(0, 50), checks: ['unverified'] },
	{ ...NO_FILTERS, lanes: [vocabulary.lanes[2] as string], actors: ['actor-1'], statuses: ['happened'], checks: ['unverified'] }
];
for (const f of FILTER_SETS) applyFilters(payload.facets, vocabulary, f);
const filterTimes = FILTER_SETS.flatMap((f) => Array.from({ length: 6 }, () => time(() => applyFilters(payload.facets, vocabulary, f))));
console.log(`filter (all events, with counts): ${stats(filterTimes)}`);
const densityTimes = FILTER_SETS.map((f) => {
	const shown = applyFilters(payload.facets, vocabulary, f).shown;
	return time(() => filteredDensity(payload.facets, vocabulary.lanes, shown, payload.manifest.density));
});
console.log(`filtered density:                 ${stats(densityTimes)}`);
