/**
 * Test helpers for the payload's specs: the shipped dataset and generated timelines, both
 * run through the real validator, so that the specs build payloads of exactly what the app
 * would. Not used by the app.
 */
import { fileURLToPath } from 'node:url';
import { validatedTimeline } from '../interop/export/testing';
import type { DiscrepancyInput, EventInput } from '../model/schema';
import { parseWhen, type When } from '../model/dates';
import type { Timeline, TimelineEvent } from '../model/timeline';
import { formatIssue } from '../model/validate';
import { RELATION_IDS, type Status } from '../model/vocabulary';
import { validateFolder } from '../server/timelines';
import { seededRandom as random } from '../testing/seeded-random';

export { random };

export const DATASET_SLUG = '2025-03-18-putin-trump-call';

export function datasetTimeline(): Timeline {
	const folder = fileURLToPath(new URL(`../../../data/timelines/${DATASET_SLUG}`, import.meta.url));
	const result = validateFolder(folder, DATASET_SLUG);
	if (!result.ok) throw new Error(`the shipped dataset does not validate:\n${result.issues.map(formatIssue).join('\n')}`);
	return result.timeline;
}


const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every date form the model supports, around `ms`. */
const FORMS: ((ms: number, next: () => number) => string)[] = [
	(ms) => day(ms),
	(ms) => day(ms).slice(0, 7),
	(ms) => day(ms).slice(0, 4),
	(ms) => `${day(ms)}T${String(Math.floor((ms / 3_600_000) % 24)).padStart(2, '0')}:30Z`,
	(ms, next) => `${day(ms)}/${day(ms + Math.floor(next() * 90) * DAY_MS)}`,
	(ms) => `${day(ms)}/..`,
	(ms) => `../${day(ms)}`,
	(ms) => `${day(ms)}/`,
	(ms) => `[${day(ms)}..]`,
	(ms) => `[..${day(ms)}]`,
	(ms) => `${day(ms)}?`,
	(ms) => `${day(ms)}~`
];

/** The statuses generated events take: not all of them, so that the key can be checked. */
export const GENERATED_STATUSES: Status[] = ['happened', 'agreed', 'announced', 'stated'];
export const GENERATED_LANES = ['talks', 'strikes', 'sanctions'];

export interface GeneratedOptions {
	/** Ids to use instead of `e-<i>` for some positions (in file order). */
	ids?: Record<number, string>;
}

/**
 * `count` events over 2024–2026 in every date form, in three lanes, with parents, related
 * links and discrepancies that reach across parts (and one discrepancy on no event). The
 * discrepancies are listed in an order unlike the events they touch.
 */
export function generatedTimeline(count: number, seed: number, options: GeneratedOptions = {}): Timeline {
	const next = random(seed);
	const idOf = (i: number) => options.ids?.[i] ?? `e-${i}`;
	const start = Date.UTC(2024, 0, 1);
	const events: EventInput[] = [];
	for (let i = 0; i < count; i++) {
		const ms = start + Math.floor(next() * 900) * DAY_MS + Math.floor(next() * 24) * 3_600_000;
		const form = FORMS[Math.floor(next() * FORMS.length)] as (typeof FORMS)[number];
		const event: EventInput = {
			id: idOf(i),
			title: `Event ${i}`,
			summary: `What happened in event ${i}.`,
			when: i === 0 ? '2025-03-18/..' : i === 1 ? '[2025-03-18..]' : form(ms, next),
			status: GENERATED_STATUSES[Math.floor(next() * GENERATED_STATUSES.length)] as Status,
			category: GENERATED_LANES[i % GENERATED_LANES.length] as string
		};
		if (i % 3 === 0) event.citations = [{ source: 'wire', quote: `Quote for event ${i}.` }];
		// Parents only point back, so there is no loop.
		if (i > 2 && i % 4 === 2) event.parent = idOf(Math.floor(next() * i));
		if (i > 1 && i % 5 === 1) {
			event.related = [{ event: idOf(Math.floor(next() * i)), relation: RELATION_IDS[i % RELATION_IDS.length] as (typeof RELATION_IDS)[number] }];
		}
		events.push(event);
	}
	const claims = [
		{ source: 'wire', quote: 'One side says so.' },
		{ source: 'agency', quote: 'The other side says not.' }
	];
	const discrepancies: DiscrepancyInput[] = [];
	if (count > 2) {
		discrepancies.push(
			{ id: 'late-dispute', title: 'Late dispute', note: 'Sources disagree.', claims, events: [idOf(count - 1), idOf(1)] },
			{ id: 'early-dispute', title: 'Early dispute', note: 'Sources disagree.', claims, events: [idOf(2)] },
			{ id: 'no-event-dispute', title: 'A dispute on no event', note: 'Sources disagree on the whole.', claims }
		);
	}
	return validatedTimeline({
		title: `Generated ${count}`,
		summary: 'A generated timeline.',
		unsourced: true,
		categories: GENERATED_LANES.map((id) => ({ id, label: id })),
		sources: [
			{ id: 'wire', title: 'Wire', publisher: 'Wire', url: 'https://example.org/wire' },
			{ id: 'agency', title: 'Agency', publisher: 'Agency', url: 'https://example.org/agency' }
		],
		events,
		discrepancies
	});
}

/**
 * A large timeline made without the validator (which takes seconds for thousands of
 * events): `count` one-day events, one every `stepDays` from 1 January 2024 in time order,
 * with parents and related links (both directions) reaching back across many events, as
 * the validator would link them.
 */
export function syntheticTimeline(count: number, seed: number, stepDays = 1): Timeline {
	const next = random(seed);
	const start = Date.UTC(2024, 0, 1);
	// EDTF parsing takes about a millisecond a date: parse one day and move it.
	const first = parseWhen(day(start));
	if (!first.ok || first.when.kind !== 'point') throw new Error('expected a day');
	const base = first.when;
	const dayAt = (i: number): When => {
		const shift = Math.floor(i * stepDays) * DAY_MS;
		const edtf = day(start + shift);
		const date = { ...base.date, edtf, earliestMs: base.date.earliestMs + shift, latestMs: base.date.latestMs + shift };
		return { ...base, edtf, date, earliestMs: date.earliestMs, latestMs: date.latestMs, sortMs: date.earliestMs };
	};
	const events: TimelineEvent[] = Array.from({ length: count }, (_, i) => {
		return {
			id: `e-${i}`,
			title: `Event ${i}`,
			summary: '',
			when: dayAt(i),
			status: GENERATED_STATUSES[i % GENERATED_STATUSES.length] as Status,
			category: GENERATED_LANES[i % GENERATED_LANES.length] as string,
			actors: [],
			citations: [],
			children: [],
			related: [],
			discrepancies: []
		};
	});
	events.forEach((event, i) => {
		if (i > 0 && i % 4 === 2) {
			const parent = events[Math.floor(next() * i)] as TimelineEvent;
			event.parent = parent.id;
			parent.children.push(event.id);
		}
		if (i > 0 && i % 5 === 1) {
			const other = events[Math.floor(next() * i)] as TimelineEvent;
			event.related.push({ event: other.id, relation: 'led-to', direction: 'out' });
			other.related.push({ event: event.id, relation: 'led-to', direction: 'in' });
		}
	});
	return {
		format: 1,
		slug: 'synthetic',
		title: `Synthetic ${count}`,
		summary: 'A synthetic timeline.',
		language: 'en',
		timeZone: 'UTC',
		strict: false,
		unsourced: true,
		categories: GENERATED_LANES.map((id) => ({ id, label: id })),
		actors: [],
		sources: [],
		events,
		discrepancies: [],
		eras: [],
		span: count > 0 ? { earliestMs: (events[0] as TimelineEvent).when.earliestMs, latestMs: (events[count - 1] as TimelineEvent).when.latestMs } : null
	};
}
