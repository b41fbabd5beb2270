/**
 * Checks that a published timeline.json (already parsed by `fromTimelineJson`) has the shape
 * the web component reads, before it draws anything: without this, a file with `when: null`,
 * an unknown `when.kind` or a duplicated event id stops the widget with a TypeError, and the
 * host page sees "Loading the timeline…" forever.
 *
 * It checks exactly what the widget reads: the types of the fields it uses, the values it
 * switches on, and the ids it keys lists by (a duplicate breaks the rendering). It does not
 * validate the timeline (EDTF, quotes against their sources, references between ids): the
 * build did that with zod and the EDTF grammar, which are deliberately not part of the
 * widget's script (they would about double its size). A problem is reported as
 * `event "phone-call" › when.kind: "sometime" is not point, range or bounded`.
 */
import type { Timeline } from '../model/timeline';
import type { Manifest } from '../payload/types';

type Fields = Record<string, unknown>;

/** What a value is, for a message: `null`, `a list`, `"text"`, `a number`. */
function describe(value: unknown): string {
	if (value === null || value === undefined) return String(value);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** Reads one part of the file (the file itself, an event, a source…), naming it in every problem it finds. */
class Part {
	constructor(
		/** e.g. `event "phone-call" › `; empty for the file's own fields. */
		readonly where: string,
		readonly fields: Fields
	) {}

	fail(field: string, problem: string): never {
		throw new Error(`${this.where}${field}: ${problem}`);
	}

	/** The value at a dotted path, e.g. `when.date.edtf`. */
	get(field: string): unknown {
		let value: unknown = this.fields;
		for (const key of field.split('.')) value = (value as Fields | undefined)?.[key];
		return value;
	}

	object(field: string, optional = false): Fields | undefined {
		const value = this.get(field);
		if (optional && value === undefined) return undefined;
		if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(field, `is ${describe(value)}, not an object`);
		return value as Fields;
	}

	list(field: string): unknown[] {
		const value = this.get(field);
		if (!Array.isArray(value)) this.fail(field, `is ${describe(value)}, not a list`);
		return value;
	}

	/** Each entry of a list of objects, as a part named by its id (`event "x"`) or its position (`citations[2]`). */
	parts(field: string, name: string): Part[] {
		return this.list(field).map((value, i) => {
			const at = `${field}[${i}]`;
			if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(at, `is ${describe(value)}, not an object`);
			const id = (value as Fields).id;
			return new Part(name && typeof id === 'string' ? `${name} "${id}" › ` : `${this.where}${at}.`, value as Fields);
		});
	}

	text(field: string, { optional = false, nullable = false } = {}): void {
		const value = this.get(field);
		if (typeof value === 'string' || (optional && value === undefined) || (nullable && value === null)) return;
		this.fail(field, `is ${describe(value)}, not text`);
	}

	/** A list of texts, each once (the widget keys its lists by them). */
	texts(field: string, optional = false): void {
		if (optional && this.get(field) === undefined) return;
		const seen = new Set<string>();
		for (const [i, value] of this.list(field).entries()) {
			if (typeof value !== 'string') this.fail(`${field}[${i}]`, `is ${describe(value)}, not text`);
			if (seen.has(value)) this.fail(field, `lists ${describe(value)} twice`);
			seen.add(value);
		}
	}

	flag(field: string): void {
		if (typeof this.get(field) !== 'boolean') this.fail(field, `is ${describe(this.get(field))}, not true or false`);
	}

	/** Milliseconds since 1970; ±Infinity only where a bound may be open (`fromTimelineJson` reads null as such). */
	instant(field: string, unbounded = false): number {
		const value = this.get(field);
		if (typeof value !== 'number' || Number.isNaN(value) || (!unbounded && !Number.isFinite(value))) this.fail(field, `is ${describe(value)}, not a time in milliseconds`);
		return value;
	}

	oneOf<T extends string>(field: string, allowed: readonly T[]): T {
		const value = this.get(field);
		if (!allowed.includes(value as T)) this.fail(field, `is ${describe(value)}, not ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}`);
		return value as T;
	}
}

/** An EDTF date reduced to instants (DatePoint). */
function checkDate(part: Part, field: string): void {
	part.object(field);
	part.text(`${field}.edtf`);
	if (part.instant(`${field}.earliestMs`) > part.instant(`${field}.latestMs`)) part.fail(field, 'earliestMs is after latestMs');
	part.text(`${field}.precision`);
	for (const flag of ['uncertain', 'approximate', 'unspecified']) part.flag(`${field}.${flag}`);
}

/** A `when` (an event's or an era's), down to the fields the widget places and writes dates with. */
function checkWhen(part: Part, field: string): void {
	part.object(field);
	part.text(`${field}.edtf`);
	if (part.instant(`${field}.earliestMs`, true) > part.instant(`${field}.latestMs`, true)) part.fail(field, 'earliestMs is after latestMs');
	part.instant(`${field}.sortMs`);
	part.flag(`${field}.uncertain`);
	part.flag(`${field}.approximate`);
	const kind = part.oneOf(`${field}.kind`, ['point', 'range', 'bounded']);
	if (kind === 'point') checkDate(part, `${field}.date`);
	else if (kind === 'range') {
		for (const end of ['start', 'end']) {
			part.object(`${field}.${end}`);
			if (part.oneOf(`${field}.${end}.kind`, ['date', 'open', 'unknown']) === 'date') checkDate(part, `${field}.${end}.date`);
		}
	} else {
		for (const bound of ['notBefore', 'notAfter']) if (part.get(`${field}.${bound}`) !== null) checkDate(part, `${field}.${bound}`);
	}
}

function checkCitations(part: Part, field: string): void {
	for (const citation of part.parts(field, '')) {
		citation.text('source');
		citation.text('quote');
		citation.text('note', { optional: true });
		if (citation.oneOf('verification.state', ['verified', 'unverified']) === 'verified') {
			citation.instant('verification.start');
			citation.instant('verification.end');
		}
	}
}

/** Each entry's id is text, and no two entries share one (the widget keys its lists by them). */
function checkIds(parts: Part[], field: string, file: Part): void {
	const first = new Map<string, number>();
	for (const [i, part] of parts.entries()) {
		part.text('id');
		const id = part.fields.id as string;
		if (id === '') file.fail(`${field}[${i}].id`, 'is empty');
		if (first.has(id)) part.fail('id', `is used twice, by ${field}[${first.get(id)}] and ${field}[${i}]`);
		first.set(id, i);
	}
}

/**
 * Returns `data` as a Timeline if the widget can draw it; otherwise throws an Error whose
 * message names the part (an event by its id, else the list and position) and the field.
 */
export function checkTimelineShape(data: unknown): Timeline {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`the file is ${describe(data)}, not a timeline object`);
	const file = new Part('', data as Fields);
	const events = file.parts('events', 'event');
	if (events.length === 0) file.fail('events', 'the timeline has no events');
	for (const field of ['slug', 'title', 'language', 'timeZone']) file.text(field);

	const categories = file.parts('categories', 'category');
	checkIds(categories, 'categories', file);
	for (const category of categories) category.text('label');

	const actors = file.parts('actors', 'actor');
	for (const actor of actors) actor.text('id'), actor.text('name');

	const sources = file.parts('sources', 'source');
	for (const source of sources) {
		source.text('id');
		source.text('title', { nullable: true });
		source.text('publisher', { nullable: true });
		source.text('url', { optional: true });
	}

	const discrepancies = file.parts('discrepancies', 'discrepancy');
	checkIds(discrepancies, 'discrepancies', file);
	for (const discrepancy of discrepancies) {
		discrepancy.text('title');
		discrepancy.text('note');
		checkCitations(discrepancy, 'claims');
		discrepancy.texts('events');
	}

	const eras = file.parts('eras', 'era');
	checkIds(eras, 'eras', file);
	for (const era of eras) era.text('title'), checkWhen(era, 'when');

	if (file.get('span') !== null) {
		file.object('span');
		file.instant('span.earliestMs');
		file.instant('span.latestMs');
	}

	checkIds(events, 'events', file);
	let previousMs = -Infinity;
	for (const event of events) {
		for (const field of ['title', 'summary', 'status', 'category']) event.text(field);
		for (const field of ['display', 'whenNote', 'textHtml', 'parent']) event.text(field, { optional: true });
		checkWhen(event, 'when');
		// The layout binary-searches the events by this.
		const sortMs = event.get('when.sortMs') as number;
		if (sortMs < previousMs) event.fail('when.sortMs', 'comes before the event listed above it; events must be in time order');
		previousMs = sortMs;
		event.texts('actors');
		event.texts('children');
		event.texts('discrepancies');
		event.texts('references', true);
		checkCitations(event, 'citations');
		const links = new Set<string>();
		for (const link of event.parts('related', '')) {
			link.text('event');
			link.text('relation');
			const key = `${link.fields.event} ${link.oneOf('direction', ['in', 'out'])}`;
			if (links.has(key)) event.fail('related', `links ${describe(link.fields.event)} twice`);
			links.add(key);
		}
		if (event.object('media', true)) for (const field of ['url', 'caption', 'credit', 'title', 'alt']) event.text(`media.${field}`, { optional: true });
	}
	return data as Timeline;
}

/**
 * The same for the manifest of a timeline's payload (see src/lib/payload/types.ts), which
 * the web component reads instead of the whole timeline when the site publishes one: the
 * fields the widget reads before it draws, with the same kind of messages.
 */
export function checkManifestShape(data: unknown, version: number): Manifest {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`the manifest is ${describe(data)}, not an object`);
	const file = new Part('', data as Fields);
	if (file.get('version') !== version) file.fail('version', `is ${describe(file.get('version'))}; this widget reads version ${version}: load the citeline.js of the same site`);
	const meta = new Part('meta › ', file.object('meta') as Fields);
	for (const field of ['slug', 'title', 'language', 'timeZone']) meta.text(field);
	const categories = meta.parts('categories', 'category');
	checkIds(categories, 'categories', meta);
	for (const category of categories) category.text('label');
	for (const actor of meta.parts('actors', 'actor')) actor.text('id'), actor.text('name');
	for (const era of meta.parts('eras', 'era')) era.text('title'), checkWhen(era, 'when');
	if (meta.get('span') !== null) {
		meta.instant('span.earliestMs');
		meta.instant('span.latestMs');
	}
	const count = file.instant('eventCount');
	if (count <= 0) file.fail('eventCount', 'the timeline has no events');
	file.instant('idBuckets');
	file.instant('rowsAllInOne');
	file.object('rowsPerLane');
	file.texts('statuses');
	file.texts('sourceIds');
	file.parts('parts', 'part').forEach((part) => ['first', 'count', 'fromMs', 'toMs'].forEach((field) => part.instant(field)));
	for (const field of ['originMs', 'binMs', 'bins']) file.instant(`density.${field}`);
	file.object('density.byLane');
	return data as Manifest;
}
