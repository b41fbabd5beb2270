/**
 * The validator: raw timeline file + archived sources in, a typed Timeline or every problem out.
 *
 * It reports all problems at once, each with the file, the line, the event (or source,
 * discrepancy…) id and the field, so that an editor fixes a file in one pass. To get past
 * the first broken element it checks each event, source and discrepancy on its own, and
 * within an element each field on its own: one bad event does not hide the errors in the
 * next, and a bad field (a misspelt status) does not hide the other problems of its event
 * (a misquote, an unknown category). It touches no file system: callers hand it the
 * file's text and a function that reads archives (see src/lib/server/timelines.ts).
 */
import type { z } from 'zod';
import { parseWhen, type When } from './dates';
import { findFirstQuote, findQuote, foldForMatching, overlaps, type FoldedText, type QuoteSpan } from './quotes';
import {
	ActorSchema,
	CategorySchema,
	CitationSchema,
	DiscrepancySchema,
	EraSchema,
	EventSchema,
	MissingAccountSchema,
	RelatedSchema,
	Slug,
	SourceSchema,
	TimelineSchema,
	type CitationInput,
	type EventInput,
	type SourceInput
} from './schema';
import { parseTextFile, type ParsedTextFile, type PathKey } from './text-file';
import { REPORTER_ACCOUNT, type Citation, type Discrepancy, type Era, type MissingAccount, type RelatedLink, type Source, type Timeline, type TimelineEvent } from './timeline';
import { assembleTimeline } from './assemble';

export { assembleTimeline } from './assemble';

export interface TimelineFiles {
	slug: string;
	/** The timeline file's path as people should see it in messages. */
	file: string;
	text: string;
	format: 'json' | 'yaml';
	/**
	 * Reads an archive by its path relative to the timeline folder; undefined if there is no such
	 * file, `{ problem }` if there is one that must not be read (a symlink out of the folder, not UTF-8…).
	 */
	readArchive(path: string): string | undefined | { problem: string };
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
		for (const { index, value, raw } of sourcesIn) {
			// A duplicate id is reported above; the first source keeps it, so quotes are not checked against the wrong text.
			if (value.id !== undefined && !sources.has(value.id)) sources.set(value.id, this.checkSource(index, value, raw));
		}

		// An event that fails its own schema is still checked field by field (its schema errors
		// are reported by the whole-file parse), but only a complete event reaches the timeline.
		const events: TimelineEvent[] = [];
		for (const { index, value, raw, complete } of eventsIn) {
			const at: PathKey[] = ['events', index];
			let when: When | undefined;
			if (value.when !== undefined) {
				const parsed = parseWhen(value.when);
				if (parsed.ok) when = parsed.when;
				else this.report([...at, 'when'], `date ${parsed.message}`);
			}

			if (value.category !== undefined && !categoryIds.has(value.category)) {
				this.report([...at, 'category'], `category "${value.category}" is not one of the timeline's categories (${[...categoryIds].join(', ') || 'none declared'})`);
			}
			for (const { index: i, value: actor } of validItems(raw.actors, Slug)) {
				if (!actorIds.has(actor)) this.report([...at, 'actors', i], `actor "${actor}" is not declared in "actors"`);
			}
			if (value.parent !== undefined) {
				if (value.parent === value.id) this.report([...at, 'parent'], 'an event cannot be its own parent');
				else if (!eventIds.has(value.parent)) this.report([...at, 'parent'], `parent event "${value.parent}" does not exist`);
			}
			for (const { index: i, value: link } of validItems(raw.related, RelatedSchema)) {
				if (link.event === value.id) this.report([...at, 'related', i, 'event'], 'an event cannot be related to itself');
				else if (!eventIds.has(link.event)) this.report([...at, 'related', i, 'event'], `related event "${link.event}" does not exist`);
			}

			for (const { index: i, value: source } of validItems(raw.references, Slug)) {
				if (!sourceIds.has(source)) this.report([...at, 'references', i], `source "${source}" is not declared in "sources"`);
			}
			const citations = this.checkCitations([...at, 'citations'], validItems(raw.citations, CitationSchema), sources, sourceIds);
			// With a broken citation or reference, or an unknown field (a misspelt "citations"?),
			// whether the event is backed is not known yet.
			const backingKnown =
				isIntact(raw.citations, value.citations) && isIntact(raw.references, value.references) && Object.keys(raw).every((key) => key in EventSchema.shape);
			if (backingKnown) this.checkBacking(at, value.id, value.references?.length ?? 0, citations, strict, unsourced);
			if (complete !== undefined && when !== undefined) events.push(this.toEvent(complete, when, citations));
		}
		this.checkParentCycles(eventsIn.map((e) => e.value));

		const discrepancies: Discrepancy[] = discrepanciesIn.map(({ index, value, raw }) => {
			const at: PathKey[] = ['discrepancies', index];
			const eventsOf = validItems(raw.events, Slug);
			for (const { index: i, value: id } of eventsOf) {
				if (!eventIds.has(id)) this.report([...at, 'events', i], `event "${id}" does not exist`);
			}
			return {
				id: value.id ?? '',
				title: value.title ?? '',
				note: value.note ?? '',
				claims: this.checkCitations([...at, 'claims'], validItems(raw.claims, CitationSchema), sources, sourceIds),
				events: eventsOf.map((e) => e.value)
			};
		});

		const missingAccounts = this.checkAccounts(actorIds);
		this.checkStory(eventIds);

		const eras: Era[] = erasIn.flatMap(({ index, complete: value }) => {
			if (value === undefined) return [];
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
				categories: completeOnes(categories),
				actors: completeOnes(actors),
				sources: [...sources.values()],
				events,
				discrepancies,
				eras,
				...(missingAccounts.length === 0 ? {} : { missingAccounts }),
				...(data.scale === undefined ? {} : { scale: data.scale }),
				...(data.cover === undefined ? {} : { cover: data.cover }),
				...(data.origin === undefined ? {} : { origin: data.origin }),
				...(data.story === undefined ? {} : { story: data.story })
			})
		};
	}

	private checkSource(index: number, value: Partial<SourceInput>, raw: Record<string, unknown>): Source {
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
			if (typeof text === 'object') {
				this.report([...at, 'archive'], text.problem);
			} else if (text === undefined) {
				this.report([...at, 'archive'], `archived text "${value.archive}" not found in the timeline folder`);
			} else {
				this.archives.set(value.id as string, text);
				const folded = foldForMatching(text);
				this.folded.set(value.id as string, folded);
				for (const { index: i, value: passage } of validItems(raw.furniture, FurniturePassage)) {
					const spans = findQuote(folded, passage);
					if (spans.length === 0) this.report([...at, 'furniture', i], `furniture passage not found verbatim in "${value.archive}"`);
					furniture.push(...spans);
				}
			}
		} else if (raw.furniture !== undefined) {
			this.report([...at, 'furniture'], 'furniture needs an archived text to point into');
		}

		return {
			id: value.id as string,
			title: value.title ?? null,
			publisher: value.publisher ?? null,
			url: value.url,
			published,
			archive: value.archive,
			furniture,
			notes: value.notes ?? [],
			...(value.account === undefined ? {} : { account: value.account })
		};
	}

	private checkCitations(at: PathKey[], citations: Array<Item<CitationInput>>, sources: Map<string, Source>, sourceIds: Set<string>): Citation[] {
		return citations.map(({ index: i, value: citation }) => {
			const source = sources.get(citation.source);
			const before = this.issues.length;
			const verification = this.verifyQuote([...at, i], citation, source, sourceIds);
			const checked: Citation = { source: citation.source, quote: citation.quote, note: citation.note, verification };
			if (citation.account !== undefined) checked.account = citation.account;
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

		const span = findFirstQuote(folded, citation.quote);
		if (span === undefined) {
			this.report([...at, 'quote'], `quote not found verbatim in source "${source.id}" (${source.archive}): ${describeMismatch(folded, citation.quote)}`);
			return { state: 'unverified' };
		}
		if (source.furniture.some((f) => overlaps(f, span))) {
			this.report([...at, 'quote'], `quote points into page furniture of source "${source.id}" (text that is not reporting)`);
		}
		return { state: 'verified', ...span };
	}

	private checkBacking(at: PathKey[], id: string | undefined, references: number, citations: Citation[], strict: boolean, unsourced: boolean): void {
		// A citation whose problem is already reported would only repeat it here.
		if (citations.some((c) => this.alreadyReported.has(c))) return;
		if (strict && !citations.some((c) => c.verification.state === 'verified')) {
			this.report([...at, 'citations'], 'this timeline is strict: every event needs at least one quote verified against an archived source');
		} else if (!unsourced && citations.length === 0 && references === 0) {
			this.report([...at, 'citations'], `event ${id === undefined ? '' : `"${id}" `}cites nothing; add a citation, or declare the timeline "unsourced": true`);
		}
	}

	/**
	 * Accounts (whose version a source or a quote relays) name a declared actor or "reporter",
	 * which no actor may take as its id; a side the timeline says it lacks is an actor whose
	 * account no quote relays. Returns the missing accounts that pass.
	 */
	private checkAccounts(actorIds: Set<string>): MissingAccount[] {
		const relayed = new Map<string, PathKey[]>();
		const checkAccount = (at: PathKey[], item: unknown) => {
			const account = item !== null && typeof item === 'object' ? (item as { account?: unknown }).account : undefined;
			// Not a string or not a slug: the schema has reported it.
			if (typeof account !== 'string' || !Slug.safeParse(account).success || account === REPORTER_ACCOUNT) return;
			if (!actorIds.has(account)) {
				this.report([...at, 'account'], `account "${account}" is neither one of the timeline's actors (${[...actorIds].join(', ') || 'none declared'}) nor "${REPORTER_ACCOUNT}" (the source's own reporting)`);
			} else if (!relayed.has(account)) relayed.set(account, [...at, 'account']);
		};
		const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
		const raw = this.raw;
		list(raw.actors).forEach((actor, i) => {
			if (idOf(actor) === REPORTER_ACCOUNT) this.report(['actors', i, 'id'], `actor id "${REPORTER_ACCOUNT}" is reserved: an account of "${REPORTER_ACCOUNT}" means the source's own reporting; give the actor another id`);
		});
		list(raw.sources).forEach((source, i) => checkAccount(['sources', i], source));
		list(raw.events).forEach((event, i) => {
			list((event as { citations?: unknown } | null)?.citations).forEach((c, j) => checkAccount(['events', i, 'citations', j], c));
		});
		list(raw.discrepancies).forEach((d, i) => {
			list((d as { claims?: unknown } | null)?.claims).forEach((c, j) => checkAccount(['discrepancies', i, 'claims', j], c));
		});

		const missing: MissingAccount[] = [];
		const seen = new Set<string>();
		list(raw.missingAccounts).forEach((item, i) => {
			const parsed = MissingAccountSchema.safeParse(item);
			if (!parsed.success) return; // reported by the whole-file parse
			const { actor, note } = parsed.data;
			const at: PathKey[] = ['missingAccounts', i, 'actor'];
			if (!actorIds.has(actor)) this.report(at, `actor "${actor}" is not declared in "actors"`);
			else if (seen.has(actor)) this.report(at, `actor "${actor}" is already listed as missing`);
			else if (relayed.has(actor)) {
				this.report(at, `the timeline says it lacks the account of "${actor}", but ${formatPath(relayed.get(actor) as PathKey[])} relays it`);
			} else missing.push({ actor, ...(note === undefined ? {} : { note }) });
			seen.add(actor);
		});
		return missing;
	}

	/** Story mode's steps name events that exist, each once. */
	private checkStory(eventIds: ReadonlySet<string>): void {
		const story = this.raw.story as { events?: unknown } | undefined;
		const seen = new Map<string, number>();
		for (const { index, value: id } of validItems(story?.events, Slug)) {
			const at: PathKey[] = ['story', 'events', index];
			if (!eventIds.has(id)) this.report(at, `event "${id}" does not exist`);
			else if (seen.has(id)) this.report(at, `event "${id}" is already step ${(seen.get(id) as number) + 1} of the story; a story tells each event once`);
			else seen.set(id, index);
		}
	}

	private checkParentCycles(events: Array<Partial<EventInput>>): void {
		const parentOf = new Map(events.flatMap((e) => (e.id === undefined ? [] : [[e.id, e.parent] as const])));
		events.forEach((event, index) => {
			if (event.id === undefined || event.parent === event.id) return; // no id to follow, or reported as "its own parent"
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

	/**
	 * Every element of a collection that is an object, with the fields that pass their own
	 * schema (`value`), and the whole element when it passes (`complete`). What fails is
	 * reported by the whole-file parse; the rest of the element can still be checked.
	 */
	private elements<S extends z.ZodObject>(name: string, schema: S): Array<Element<z.infer<S>>> {
		const list = this.raw[name];
		if (!Array.isArray(list)) return [];
		return list.flatMap((item: unknown, index): Array<Element<z.infer<S>>> => {
			if (!isRecord(item)) return [];
			const result = schema.safeParse(item);
			if (result.success) {
				const value = result.data as z.infer<S>;
				return [{ index, raw: item, value, complete: value }];
			}
			const value: Record<string, unknown> = {};
			for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
				if (item[key] === undefined) continue;
				const parsed = field.safeParse(item[key]);
				if (parsed.success) value[key] = parsed.data;
			}
			return [{ index, raw: item, value: value as Partial<z.infer<S>>, complete: undefined }];
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
			} else if (issue.code === 'invalid_type' && issue.expected === 'string' && / received (?:object|array)$/.test(issue.message)) {
				// Structure where text belongs, easily written by accident in YAML: reported, never read or flattened.
				const list = issue.message.endsWith('array');
				const yamlHint = list ? 'quote a value that starts with "["' : 'quote a value that starts with "{" or holds ": "';
				this.report(path, `must be text, not ${list ? 'a list' : 'a nested object'}${this.input.format === 'yaml' ? `; in YAML, ${yamlHint}` : ''}`);
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

interface Element<T> {
	index: number;
	/** The element as written. */
	raw: Record<string, unknown>;
	/** Its fields that pass their own schema. */
	value: Partial<T>;
	/** The whole element, when it passes its schema. */
	complete: T | undefined;
}

interface Item<T> {
	index: number;
	value: T;
}

/** The passages of a source's furniture list. */
const FurniturePassage = SourceSchema.shape.furniture.unwrap().element;

/** The items of a list field that pass their own schema, with their place in the list; the others are reported by the whole-file parse. */
function validItems<T extends z.ZodType>(list: unknown, schema: T): Array<Item<z.infer<T>>> {
	if (!Array.isArray(list)) return [];
	return list.flatMap((item: unknown, index) => {
		const result = schema.safeParse(item);
		return result.success ? [{ index, value: result.data as z.infer<T> }] : [];
	});
}

/** True when a field is absent or passed its schema as a whole. */
function isIntact(raw: unknown, parsed: unknown): boolean {
	return raw === undefined || parsed !== undefined;
}

function completeOnes<T>(elements: Array<Element<T>>): T[] {
	return elements.flatMap((e) => (e.complete === undefined ? [] : [e.complete]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
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


/** One line per issue: `file:line:col  event "id" › field: message`. */
export function formatIssue(issue: ValidationIssue): string {
	const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
	const entity = issue.entity.kind === 'timeline' ? '' : ` ${issue.entity.kind} ${issue.entity.id !== undefined ? `"${issue.entity.id}"` : `#${issue.entity.index ?? '?'}`}`;
	const field = issue.field === '' ? '' : `${entity === '' ? ' ' : ' › '}${issue.field}`;
	return `${where}${entity}${field}: ${issue.message}`;
}

