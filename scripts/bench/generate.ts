/**
 * The benchmark's data: N synthetic events, the same N for the same seed on any machine.
 *
 * Two shapes of the same events:
 *   - a timeline folder (timeline.json + sources/*.txt) that validates as a strict timeline:
 *     every event cites one or two verbatim sentences of an archived "article", so the build
 *     verifies N quotes as it would for real data;
 *   - a plain CSV (docs/csv.md) of about N rows, for `npm run import`.
 *
 * What the events look like, and why: they spread over 30 years (1995–2024) with a
 * seasonal clustering, like a news archive; 70 % are day points, 10 % month points, 12 %
 * ranges of up to two months, 5 % uncertain (`?`) and 3 % bounded (`[..date]`); 8 lanes;
 * 20 actors; every 50th event has a parent and every 40th a related event; titles repeat
 * (a few hundred distinct titles, as "Shelling reported in Kharkiv" does in real data), so
 * ids made from titles collide. One archived source per 100 events (an article of 100
 * sentences), so archives stay article-sized however large N is.
 *
 * Nothing here reads the clock or Math.random: a seeded PRNG (mulberry32) drives it all.
 * docs/benchmark.md says how to rebuild the same data by hand.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/lib/testing/seeded-random';

export { seededRandom };

export const DEFAULT_SEED = 20250318;
export const EVENTS_PER_SOURCE = 100;

const LANES = ['ground', 'air', 'sea', 'diplomacy', 'economy', 'humanitarian', 'energy', 'politics'];
const LANE_LABELS = ['Ground', 'Air', 'Sea', 'Diplomacy', 'Economy', 'Humanitarian', 'Energy', 'Politics'];
const ACTORS = Array.from({ length: 20 }, (_, i) => `actor-${i + 1}`);
const STATUSES = ['happened', 'agreed', 'announced', 'proposed', 'stated', 'discussed'] as const;
const WHAT = ['Shelling reported', 'Talks held', 'Ceasefire proposed', 'Convoy arrives', 'Strike on depot', 'Prisoner exchange', 'Power cut', 'Sanctions announced', 'Port reopens', 'Statement issued', 'Protest held', 'Aid delivered'];
const PLACES = ['Kharkiv', 'Odesa', 'Lviv', 'Dnipro', 'Kherson', 'Mykolaiv', 'Zaporizhzhia', 'Sumy', 'Poltava', 'Chernihiv', 'Izium', 'Bakhmut', 'Mariupol', 'Kyiv', 'Vinnytsia', 'Rivne', 'Lutsk', 'Uzhhorod', 'Ternopil', 'Kropyvnytskyi', 'Cherkasy', 'Zhytomyr', 'Chernivtsi', 'Ivano-Frankivsk', 'Khmelnytskyi'];

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(1995, 0, 1);
const SPAN_DAYS = 30 * 365;


export interface BenchEvent {
	id: string;
	title: string;
	summary: string;
	/** EDTF */
	when: string;
	/** The same date as the CSV writes it: `date` and `end` cells. */
	csvDate: string;
	csvEnd: string;
	status: (typeof STATUSES)[number];
	category: string;
	actors: string[];
	parent?: string;
	related?: string;
	/** Index of the source quoted, and the sentences of it that are quoted. */
	source: number;
	quotes: string[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The sentence number `k` of source `s`: unique in the whole data set, so each quote matches exactly once. */
function sentence(s: number, k: number, random: () => number): string {
	const place = PLACES[Math.floor(random() * PLACES.length)] as string;
	return `Report ${s + 1}.${k + 1}: officials in ${place} said that the situation “remained tense” — ${Math.floor(random() * 900 + 100)} people were affected.`;
}

/** The events and the sentences of each archived source, in file order (not sorted by date). */
export function generateEvents(count: number, seed = DEFAULT_SEED): { events: BenchEvent[]; archives: string[][] } {
	const random = seededRandom(seed);
	const sourceCount = Math.max(1, Math.ceil(count / EVENTS_PER_SOURCE));
	const archives = Array.from({ length: sourceCount }, (_, s) => Array.from({ length: EVENTS_PER_SOURCE + 5 }, (_, k) => sentence(s, k, random)));
	const events: BenchEvent[] = [];
	for (let i = 0; i < count; i++) {
		// Two thirds of the events cluster around a few busy seasons, the rest spread evenly.
		const busy = random() < 0.66;
		const dayIndex = busy ? Math.floor((Math.floor(random() * 12) / 12) * SPAN_DAYS + random() * 90) : Math.floor(random() * SPAN_DAYS);
		const at = START_MS + Math.min(dayIndex, SPAN_DAYS - 1) * DAY_MS;
		const kind = random();
		let when: string;
		let csvDate: string;
		let csvEnd = '';
		if (kind < 0.7) when = csvDate = day(at);
		else if (kind < 0.8) when = csvDate = day(at).slice(0, 7);
		else if (kind < 0.92) {
			csvDate = day(at);
			csvEnd = day(at + Math.floor(1 + random() * 60) * DAY_MS);
			when = `${csvDate}/${csvEnd}`;
		} else if (kind < 0.97) when = csvDate = `${day(at)}?`;
		else when = csvDate = `[..${day(at)}]`;

		const source = Math.floor(i / EVENTS_PER_SOURCE);
		const k = i % EVENTS_PER_SOURCE;
		const sentences = archives[source] as string[];
		const quotes = [sentences[k] as string];
		if (i % 10 === 0) quotes.push(sentences[EVENTS_PER_SOURCE + (i % 5)] as string);
		const title = `${WHAT[Math.floor(random() * WHAT.length)]} in ${PLACES[Math.floor(random() * PLACES.length)]}`;
		events.push({
			id: `event-${i + 1}`,
			title,
			summary: `Synthetic event ${i + 1} of ${count}: ${title.toLowerCase()}.`,
			when,
			csvDate,
			csvEnd,
			status: STATUSES[Math.floor(random() * STATUSES.length)] as BenchEvent['status'],
			category: LANES[Math.floor(random() * LANES.length)] as string,
			actors: random() < 0.5 ? [ACTORS[Math.floor(random() * ACTORS.length)] as string] : [],
			...(i % 50 === 49 ? { parent: `event-${i}` } : {}),
			...(i % 40 === 39 ? { related: `event-${Math.floor(random() * i) + 1}` } : {}),
			source,
			quotes
		});
	}
	return { events, archives };
}

const sourceId = (s: number) => `report-${s + 1}`;
const archivePath = (s: number) => `sources/report-${s + 1}.txt`;

/** The timeline file (timeline.json's shape) for the events: strict, every quote verifiable. */
export function timelineFile(slug: string, events: BenchEvent[], sourceCount: number): Record<string, unknown> {
	return {
		format: 1,
		title: `Benchmark: ${events.length.toLocaleString('en')} events`,
		summary: `Synthetic timeline ${slug}, generated by scripts/bench/generate.ts (see docs/benchmark.md).`,
		language: 'en',
		timeZone: 'UTC',
		strict: true,
		categories: LANES.map((id, i) => ({ id, label: LANE_LABELS[i] })),
		actors: ACTORS.map((id, i) => ({ id, name: `Actor ${i + 1}` })),
		sources: Array.from({ length: sourceCount }, (_, s) => ({
			id: sourceId(s),
			title: `Daily report ${s + 1}`,
			publisher: 'Benchmark Wire',
			url: `https://example.org/reports/${s + 1}`,
			archive: archivePath(s)
		})),
		events: events.map((e) => ({
			id: e.id,
			title: e.title,
			summary: e.summary,
			when: e.when,
			status: e.status,
			category: e.category,
			...(e.actors.length > 0 ? { actors: e.actors } : {}),
			citations: e.quotes.map((quote) => ({ source: sourceId(e.source), quote })),
			...(e.parent ? { parent: e.parent } : {}),
			...(e.related ? { related: [{ event: e.related, relation: 'related' }] } : {})
		}))
	};
}

/** Writes `<dataDir>/<slug>/timeline.json` and its archives, replacing what was there. Returns the folder. */
export function writeTimelineFolder(dataDir: string, slug: string, count: number, seed = DEFAULT_SEED): string {
	const { events, archives } = generateEvents(count, seed);
	const folder = join(dataDir, slug);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(join(folder, 'sources'), { recursive: true });
	archives.forEach((sentences, s) => {
		// An article: a headline, then paragraphs of five sentences.
		const paragraphs: string[] = [];
		for (let k = 0; k < sentences.length; k += 5) paragraphs.push(sentences.slice(k, k + 5).join(' '));
		writeFileSync(join(folder, archivePath(s)), `Daily report ${s + 1}\n\n${paragraphs.join('\n\n')}\n`);
	});
	// Above 100,000 events the file is written without indentation: a tab-indented million events would not fit in one string.
	writeFileSync(join(folder, 'timeline.json'), JSON.stringify(timelineFile(slug, events, archives.length), null, count > 100_000 ? undefined : '\t') + '\n');
	return folder;
}

function csvCell(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The same events as a plain CSV: one row per quote (so about 1.1 rows per event; `rows`
 * is the number of rows written). Every third event has no id, so the import makes one
 * from its (often repeated) title.
 */
export function plainCsv(rows: number, seed = DEFAULT_SEED): string {
	const { events } = generateEvents(rows, seed);
	const lines = ['id,date,end,title,summary,category,status,source,source_url,quote'];
	for (let i = 0; lines.length <= rows && i < events.length; i++) {
		const e = events[i] as BenchEvent;
		const id = i % 3 === 2 ? '' : e.id;
		const source = `Daily report ${e.source + 1}`;
		const url = `https://example.org/reports/${e.source + 1}`;
		const lane = LANE_LABELS[LANES.indexOf(e.category)] as string;
		e.quotes.forEach((quote, q) => {
			if (lines.length > rows) return;
			const first = q === 0;
			// A later row of an event leaves its event cells empty, as analysts do; it needs an id to join its event.
			if (!first && id === '') return;
			const cells = first ? [id, e.csvDate, e.csvEnd, e.title, e.summary, lane, e.status, source, url, quote] : [id, '', '', '', '', '', '', source, url, quote];
			lines.push(cells.map(csvCell).join(','));
		});
	}
	return lines.join('\n') + '\n';
}

// `tsx scripts/bench/generate.ts <count> <data dir> [--csv file] [--seed n]`: the same data by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const option = (name: string) => {
		const at = args.indexOf(name);
		return at === -1 ? undefined : args[at + 1];
	};
	const count = Number(args[0]);
	const dataDir = args[1];
	const seed = Number(option('--seed') ?? DEFAULT_SEED);
	if (!Number.isInteger(count) || count < 1 || dataDir === undefined || dataDir.startsWith('--')) {
		console.error('usage: tsx scripts/bench/generate.ts <count> <data dir> [--csv <file>] [--seed <n>]');
		process.exit(1);
	}
	const folder = writeTimelineFolder(dataDir, `bench-${count}`, count, seed);
	console.log(`wrote ${folder}`);
	const csv = option('--csv');
	if (csv !== undefined) {
		writeFileSync(csv, plainCsv(count, seed));
		console.log(`wrote ${csv}`);
	}
}
