/**
 * The validator: raw timeline file + archived sources in, a typed Timeline or every problem out.
 *
 * It reports all problems at once, each with the file, the line, the event (or source,
 * discrepancy…) id and the field, so that an editor fixes a file in one pass. To get past
 * the first broken element it checks each event, source and discrepancy on its own: one bad
 * event does not hide the errors in the next. It touches no file system: callers hand it the
 * file's text and a function that reads archives (see src/lib/server/timelines.ts).
 */
import type { z } from 'zod';
import { parseWhen, type When } from './dates';
import { findQuote, foldForMatching, overlaps, type FoldedText, type QuoteSpan } from './quotes';
import {
	ActorSchema,
	CategorySchema,
	DiscrepancySchema,
	EraSchema,
	EventSchema,
	SourceSchema,
	TimelineSchema,
	type CitationInput,
	type EventInput,
	type SourceInput
} from './schema';
import { parseTextFile, type ParsedTextFile, type PathKey } from './text-file';
import type { Citation, Discrepancy, Era, RelatedLink, Source, Timeline, TimelineEvent } from './timeline';

export interface TimelineFiles {
	slug: string;
	/** The timeline file's path as people should see it in messages. */
	file: string;
	text: string;
	format: 'json' | 'yaml';
	/** Reads an archive by its path relative to the timeline folder; undefined if there is no such file. */
	readArchive(path: string): string | undefined;
}

export type EntityKind = 'timeline' | 'event' | 'source' | 'discrepancy' | 'category' | 'actor' | 'era';

export interface ValidationIssue {
	file: string;
	line?: number;
	column?: number;
	entity: { kind: EntityKind; id?: string; index?: number };
	/** The field inside the entity, e.g. "citations[0].quote"; "" for the entity as a whole. */
	field: string;
	message: string;
}

export type ValidationResult =
	| { ok: true; timeline: Timeline; archives: Map<string, string> }
	| { ok: false; issues: ValidationIssue[] };

const COLLECTIONS: Record<string, EntityKind> = {
	events: 'event',
	sources: 'source',
	discrepancies: 'discrepancy',
	categories: 'category',
	actors: 'actor',
	eras: 'era'
};

export function validateTimeline(input: TimelineFiles): ValidationResult {
	const parsed = parseTextFile(input.text, input.format);
	if (!parsed.ok) {
		return {
			ok: false,
			issues: parsed.problems.map((p) => ({ file: input.file, line: p.line, column: p.column, entity: { kind: 'timeline' }, field: '', message: p.message }))
		};
	}
	const check = new Checker(input, parsed.file);
	for (const p of parsed.problems) check.issues.push({ file: input.file, line: p.line, column: p.column, entity: { kind: 'timeline' }, field: '', message: p.message });
	return check.run();
}

/** One validation run: holds the raw data, the issues found so far and what was resolved. */
class Checker {
	readonly issues: ValidationIssue[] = [];
	private readonly raw: Record<string, unknown>;
	private readonly archives = new Map<string, string>();
	private readonly folded = new Map<string, FoldedText>();
	/** Citations that could not be checked because of a problem already reported (bad source, missing archive, misquote). */
	private readonly alreadyReported = new WeakSet<Citation>();

	constructor(
		private readonly input: TimelineFiles,
		private readonly file: ParsedTextFile
	) {
		const data = file.data;
		this.raw = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	}

	run(): ValidationResult {
		if (this.raw !== this.file.data) {
			this.report([], 'the file must hold one object with "format", "title", "categories", "events"…');
			return { ok: false, issues: this.issues };
		}

		const whole = TimelineSchema.safeParse(this.raw);
		if (!whole.success) this.reportSchemaIssues(whole.error.issues, []);

		// Check each element on its own, so that one bad event does not hide the others' errors.
		const categories = this.elements('categories', CategorySchema);
		const actors = this.elements('actors', ActorSchema);
		const sourcesIn = this.elements('sources', SourceSchema);
		const eventsIn = this.elements('events', EventSchema);
		const discrepanciesIn = this.elements('discrepancies', DiscrepancySchema);
		const erasIn = this.elements('eras', EraSchema);

		const strict = this.raw.strict === true;
		const unsourced = this.raw.unsourced === true;
		if (strict && unsourced) {
			this.report(['unsourced'], 'a strict timeline cannot also be unsourced: strict requires a verified quote for every event');
		}

		for (const name of Object.keys(COLLECTIONS)) this.checkUniqueIds(name);
		const categoryIds = this.rawIds('categories');
		const actorIds = this.rawIds('actors');
		const sourceIds = this.rawIds('sources');
		const eventIds = this.rawIds('events');

		const sources = new Map<string, Source>();
		for (const { index, value } of sourcesIn) {
			// A duplicate id is reported above; the first source keeps it, so quotes are not checked against the wrong text.
			if (!sources.has(value.id)) sources.set(value.id, this.checkSource(index, value));
		}

		const events: TimelineEvent[] = [];
		const whens = new Map<string, When>();
		for (const { index, value } of eventsIn) {
			const at: PathKey[] = ['events', index];
			const when = parseWhen(value.when);
			if (!when.ok) this.report([...at, 'when'], `date ${when.message}`);
			else whens.set(value.id, when.when);

			if (!categoryIds.has(value.category)) {
				this.report([...at, 'category'], `category "${value.category}" is not one of the timeline's categories (${[...categoryIds].join(', ') || 'none declared'})`);
			}
			(value.actors ?? []).forEach((actor, i) => {
				if (!actorIds.has(actor)) this.report([...at, 'actors', i], `actor "${actor}" is not declared in "actors"`);
			});
			if (value.parent !== undefined) {
				if (value.parent === value.id) this.report([...at, 'parent'], 'an event cannot be its own parent');
				else if (!eventIds.has(value.parent)) this.report([...at, 'parent'], `parent event "${value.parent}" does not exist`);
			}
			(value.related ?? []).forEach((link, i) => {
				if (link.event === value.id) this.report([...at, 'related', i, 'event'], 'an event cannot be related to itself');
				else if (!eventIds.has(link.event)) this.report([...at, 'related', i, 'event'], `related event "${link.event}" does not exist`);
			});

			(value.references ?? []).forEach((source, i) => {
				if (!sourceIds.has(source)) this.report([...at, 'references', i], `source "${source}" is not declared in "sources"`);
			});
			const citations = this.checkCitations([...at, 'citations'], value.citations ?? [], sources, sourceIds);
			this.checkBacking(at, value, citations, strict, unsourced);
			if (when.ok) events.push(this.toEvent(value, when.when, citations));
		}
		this.checkParentCycles(eventsIn.map((e) => e.value));

		const discrepancies: Discrepancy[] = discrepanciesIn.map(({ index, value }) => {
			const at: PathKey[] = ['discrepancies', index];
			(value.events ?? []).forEach((id, i) => {
				if (!eventIds.has(id)) this.report([...at, 'events', i], `event "${id}" does not exist`);
			});
			return {
				id: value.id,
				title: value.title,
				note: value.note,
				claims: this.checkCitations([...at, 'claims'], value.claims, sources, sourceIds),
				events: value.events ?? []
			};
		});

		const eras: Era[] = erasIn.flatMap(({ index, value }) => {
			const when = parseWhen(value.when);
			if (!when.ok) {
				this.report(['eras', index, 'when'], `date ${when.message}`);
				return [];
			}
			const { when: span } = when;
			if (span.kind !== 'range' || span.start.kind !== 'date' || span.end.kind !== 'date') {
				this.report(['eras', index, 'when'], `an era is a span with a start and an end date, e.g. "0602/0629"; "${value.when}" is not`);
				return [];
			}
			return [{ id: value.id, title: value.title, when: span, summary: value.summary, textHtml: value.textHtml }];
		});

		if (this.issues.length > 0 || !whole.success) {
			// In file order, as an editor fixes them.
			const order = (i: ValidationIssue) => (i.line ?? Infinity) * 1e4 + (i.column ?? 0);
			return { ok: false, issues: [...this.issues].sort((a, b) => order(a) - order(b)) };
		}

		const data = whole.data;
		return {
			ok: true,
			archives: this.archives,
			timeline: assembleTimeline({
				slug: this.input.slug,
				title: data.title,
				summary: data.summary,
				language: data.language ?? 'en',
				timeZone: data.timeZone ?? 'UTC',
				strict,
				unsourced,
				categories: categories.map((c) => c.value),
				actors: actors.map((a) => a.value),
				sources: [...sources.values()],
				events,
				discrepancies,
				eras,
				...(data.scale === undefined ? {} : { scale: data.scale }),
				...(data.cover === undefined ? {} : { cover: data.cover }),
				...(data.origin === undefined ? {} : { origin: data.origin })
			})
		};
	}

	private checkSource(index: number, value: SourceInput): Source {
		const at: PathKey[] = ['sources', index];
		let published: When | undefined;
		if (value.published !== undefined) {
			const result = parseWhen(value.published);
			if (result.ok) published = result.when;
			else this.report([...at, 'published'], `publication date ${result.message}`);
		}
		if (value.archive === undefined && value.url === undefined && value.title === null) {
			this.report(at, 'a source needs an archived text, a URL or a title, so that a reader can find it');
		}

		const furniture: QuoteSpan[] = [];
		if (value.archive !== undefined) {
			const text = this.input.readArchive(value.archive);
			if (text === undefined) {
				this.report([...at, 'archive'], `archived text "${value.archive}" not found in the timeline folder`);
			} else {
				this.archives.set(value.id, text);
				this.folded.set(value.id, foldForMatching(text));
				(value.furniture ?? []).forEach((passage, i) => {
					const spans = findQuote(this.folded.get(value.id) as FoldedText, passage);
					if (spans.length === 0) this.report([...at, 'furniture', i], `furniture passage not found verbatim in "${value.archive}"`);
					furniture.push(...spans);
				});
			}
		} else if (value.furniture !== undefined) {
			this.report([...at, 'furniture'], 'furniture needs an archived text to point into');
		}

		return {
			id: value.id,
			title: value.title,
			publisher: value.publisher,
			url: value.url,
			published,
			archive: value.archive,
			furniture,
			notes: value.notes ?? []
		};
	}

	private checkCitations(at: PathKey[], citations: CitationInput[], sources: Map<string, Source>, sourceIds: Set<string>): Citation[] {
		return citations.map((citation, i) => {
			const source = sources.get(citation.source);
			const before = this.issues.length;
			const verification = this.verifyQuote([...at, i], citation, source, sourceIds);
			const checked: Citation = { source: citation.source, quote: citation.quote, note: citation.note, verification };
			if (this.issues.length > before || (source?.archive !== undefined && !this.folded.has(source.id))) {
				this.alreadyReported.add(checked);
			}
			return checked;
		});
	}

	private verifyQuote(at: PathKey[], citation: CitationInput, source: Source | undefined, sourceIds: Set<string>): Citation['verification'] {
		if (source === undefined) {
			if (!sourceIds.has(citation.source)) this.report([...at, 'source'], `source "${citation.source}" is not declared in "sources"`);
			return { state: 'unverified' };
		}
		if (source.archive === undefined) return { state: 'unverified' };
		const folded = this.folded.get(source.id);
		if (folded === undefined) return { state: 'unverified' }; // the missing archive is already reported

		const [span] = findQuote(folded, citation.quote);
		if (span === undefined) {
			this.report([...at, 'quote'], `quote not found verbatim in source "${source.id}" (${source.archive}): ${describeMismatch(folded, citation.quote)}`);
			return { state: 'unverified' };
		}
		if (source.furniture.some((f) => overlaps(f, span))) {
			this.report([...at, 'quote'], `quote points into page furniture of source "${source.id}" (text that is not reporting)`);
		}
		return { state: 'verified', ...span };
	}

	private checkBacking(at: PathKey[], event: EventInput, citations: Citation[], strict: boolean, unsourced: boolean): void {
		// A citation whose problem is already reported would only repeat it here.
		if (citations.some((c) => this.alreadyReported.has(c))) return;
		if (strict && !citations.some((c) => c.verification.state === 'verified')) {
			this.report([...at, 'citations'], 'this timeline is strict: every event needs at least one quote verified against an archived source');
		} else if (!unsourced && citations.length === 0 && (event.references ?? []).length === 0) {
			this.report([...at, 'citations'], `event "${event.id}" cites nothing; add a citation, or declare the timeline "unsourced": true`);
		}
	}

	private checkParentCycles(events: EventInput[]): void {
		const parentOf = new Map(events.map((e) => [e.id, e.parent]));
		events.forEach((event, index) => {
			if (event.parent === event.id) return; // reported as "its own parent"
			const seen = new Set([event.id]);
			for (let p = parentOf.get(event.id); p !== undefined; p = parentOf.get(p)) {
				if (seen.has(p)) {
					if (p === event.id) this.report(['events', index, 'parent'], `parents form a loop: ${[...seen, p].join(' → ')}`);
					return;
				}
				seen.add(p);
			}
		});
	}

	private toEvent(value: EventInput, when: When, citations: Citation[]): TimelineEvent {
		return {
			id: value.id,
			...(value.externalId === undefined ? {} : { externalId: value.externalId }),
			title: value.title,
			summary: value.summary ?? '',
			...(value.textHtml === undefined ? {} : { textHtml: value.textHtml }),
			...(value.display === undefined ? {} : { display: value.display }),
			when,
			whenNote: value.whenNote,
			status: value.status,
			category: value.category,
			actors: value.actors ?? [],
			citations,
			...(value.references === undefined ? {} : { references: value.references }),
			...(value.media === undefined ? {} : { media: value.media }),
			...(value.background === undefined ? {} : { background: value.background }),
			parent: value.parent,
			children: [],
			related: (value.related ?? []).map((r) => ({ event: r.event, relation: r.relation, direction: 'out' })),
			discrepancies: []
		};
	}

	/** The elements of a collection that pass their own schema; the rest are reported by the whole-file parse. */
	private elements<T extends z.ZodType>(name: string, schema: T): Array<{ index: number; value: z.infer<T> }> {
		const list = this.raw[name];
		if (!Array.isArray(list)) return [];
		return list.flatMap((item: unknown, index) => {
			const result = schema.safeParse(item);
			return result.success ? [{ index, value: result.data as z.infer<T> }] : [];
		});
	}

	/** Every string id in a raw collection, valid element or not, so that references to a broken element are not reported twice. */
	private rawIds(name: string): Set<string> {
		const list = this.raw[name];
		if (!Array.isArray(list)) return new Set();
		return new Set(list.flatMap((item: unknown) => (idOf(item) === undefined ? [] : [idOf(item) as string])));
	}

	private checkUniqueIds(name: string): void {
		const list = this.raw[name];
		if (!Array.isArray(list)) return;
		const first = new Map<string, number>();
		list.forEach((item: unknown, index) => {
			const id = idOf(item);
			if (id === undefined) return;
			const earlier = first.get(id);
			if (earlier === undefined) first.set(id, index);
			else this.report([name, index, 'id'], `id "${id}" is already used by ${name}[${earlier}]`);
		});
	}

	private reportSchemaIssues(issues: z.core.$ZodIssue[], prefix: PathKey[]): void {
		for (const issue of issues) {
			const path = [...prefix, ...(issue.path as PathKey[])];
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) this.report([...path, key], `unknown field "${key}"${suggestField(key)}`);
			} else if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
				this.report(path, 'is required but missing');
			} else {
				this.report(path, issue.message);
			}
		}
	}

	private report(path: PathKey[], message: string): void {
		const [collection, index, ...rest] = path;
		const kind = typeof collection === 'string' ? COLLECTIONS[collection] : undefined;
		const position = this.file.locate(path);
		const base = { file: this.input.file, line: position?.line, column: position?.column, message };
		if (kind !== undefined && typeof index === 'number') {
			const list = this.raw[collection as string] as unknown[];
			this.issues.push({ ...base, entity: { kind, id: idOf(list[index]), index }, field: formatPath(rest) });
		} else {
			this.issues.push({ ...base, entity: { kind: 'timeline' }, field: formatPath(path) });
		}
	}
}

function idOf(item: unknown): string | undefined {
	if (item === null || typeof item !== 'object') return undefined;
	const id = (item as { id?: unknown }).id;
	return typeof id === 'string' ? id : undefined;
}

/** events[3].citations[0].quote */
export function formatPath(path: readonly PathKey[]): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

const KNOWN_FIELDS = ['when', 'whenNote', 'summary', 'display', 'textHtml', 'media', 'background', 'references', 'externalId', 'citations', 'category', 'actors', 'parent', 'related', 'status', 'publisher', 'published', 'archive', 'furniture', 'notes', 'quote', 'source'];
function suggestField(key: string): string {
	const lower = key.toLowerCase();
	const match =
		KNOWN_FIELDS.find((f) => f.toLowerCase() === lower) ?? KNOWN_FIELDS.find((f) => f.toLowerCase().startsWith(lower.slice(0, 4)));
	return match && match !== key ? ` (did you mean "${match}"?)` : '';
}

/** Says where a quote stops matching, so an editor can see the misquote at once. */
function describeMismatch(source: FoldedText, quote: string): string {
	const needle = foldForMatching(quote.trim()).text;
	let lo = 0;
	let hi = needle.length;
	// The longest prefix of the quote that stands somewhere in the source.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (source.text.includes(needle.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	if (lo < 12) return 'no passage of the source begins like it';
	const at = source.text.indexOf(needle.slice(0, lo));
	const sourceNext = source.text.slice(at + lo, at + lo + 24);
	const quoteNext = needle.slice(lo, lo + 24);
	return `the first ${lo} characters match, then the source has "${sourceNext}…" where the quote has "${quoteNext}…"`;
}

interface TimelineParts extends Omit<Timeline, 'format' | 'span' | 'eras'> {
	eras?: Era[];
}

/** Sorts events, links children, inverse relations and discrepancies, and computes the span. */
export function assembleTimeline(parts: TimelineParts): Timeline {
	const byId = new Map(parts.events.map((e) => [e.id, e]));
	const fileOrder = new Map(parts.events.map((e, i) => [e.id, i]));
	// Parents come before their children on the same instant: the call before its topics.
	// (Parent loops are rejected by the validator before this runs.)
	const depth = (e: TimelineEvent): number => {
		let d = 0;
		for (let p = e.parent; p !== undefined; p = byId.get(p)?.parent) d++;
		return d;
	};
	const events = [...parts.events].sort(
		(a, b) => a.when.sortMs - b.when.sortMs || depth(a) - depth(b) || (fileOrder.get(a.id) ?? 0) - (fileOrder.get(b.id) ?? 0)
	);

	for (const event of events) {
		if (event.parent !== undefined) byId.get(event.parent)?.children.push(event.id);
		for (const link of event.related) {
			if (link.direction !== 'out') continue;
			const inverse: RelatedLink = { event: event.id, relation: link.relation, direction: 'in' };
			byId.get(link.event)?.related.push(inverse);
		}
	}
	for (const discrepancy of parts.discrepancies) {
		for (const id of discrepancy.events) byId.get(id)?.discrepancies.push(discrepancy.id);
	}

	let earliestMs = Infinity;
	let latestMs = -Infinity;
	for (const { when } of events) {
		for (const ms of [when.earliestMs, when.latestMs, when.sortMs]) {
			if (!Number.isFinite(ms)) continue;
			earliestMs = Math.min(earliestMs, ms);
			latestMs = Math.max(latestMs, ms);
		}
	}

	const eras = [...(parts.eras ?? [])].sort((a, b) => a.when.sortMs - b.when.sortMs);
	return {
		format: 1,
		...parts,
		events,
		eras,
		span: Number.isFinite(earliestMs) ? { earliestMs, latestMs } : null
	};
}

/** One line per issue: `file:line:col  event "id" › field: message`. */
export function formatIssue(issue: ValidationIssue): string {
	const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
	const entity = issue.entity.kind === 'timeline' ? '' : ` ${issue.entity.kind} ${issue.entity.id !== undefined ? `"${issue.entity.id}"` : `#${issue.entity.index ?? '?'}`}`;
	const field = issue.field === '' ? '' : `${entity === '' ? ' ' : ' › '}${issue.field}`;
	return `${where}${entity}${field}: ${issue.message}`;
}

