/**
 * The timeline file format: the single source of truth for what a timeline file may say.
 *
 * This schema checks shape only (types, required fields, unknown fields, slugs, URLs).
 * What needs more than one field or a file on disk — dates, references between ids, quotes
 * against archived sources — is checked by validate.ts. docs/data-format.md explains the
 * format for people; `npm run schema` writes docs/timeline.schema.json for editors.
 */
import { z } from 'zod';
import { REPORTER_ACCOUNT } from './timeline';
import { RELATION_IDS, STATUS_IDS, STATUSES } from './vocabulary';

export { RELATIONS, STATUSES, type Relation, type Status } from './vocabulary';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z
	.string()
	.regex(SLUG, 'must be a slug: lowercase letters a–z, digits and single hyphens, e.g. "prisoner-exchange"');

/** Non-blank text. Kept as written: trimming would change a quote. */
const Text = z.string().refine((s) => s.trim() !== '', 'must not be empty');

export const HttpUrl = z.string().refine((s) => {
	try {
		const url = new URL(s);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}, 'must be an absolute http:// or https:// URL');

const TimeZone = z.string().refine((zone) => {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}, 'must be an IANA time zone such as "UTC" or "Europe/Kyiv"');

const Language = z.string().refine((tag) => {
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}, 'must be a BCP 47 language tag such as "en" or "uk"');

/** Archived text path, relative to the timeline folder, that cannot climb out of it. */
const ArchivePath = z
	.string()
	.regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.txt$/, 'must be a relative path to a .txt file inside the timeline folder, e.g. "sources/kremlin.txt"');

export const CategorySchema = z.strictObject({
	id: Slug,
	label: Text,
	description: Text.optional(),
	externalGroup: z
		.string()
		.optional()
		.describe('The group name this lane had in the file it was imported from, exactly as written ("" for events that had no group); the TimelineJS export writes it back as "group".')
});

export const ActorSchema = z.strictObject({
	id: Slug,
	name: Text,
	description: Text.optional()
});

/** Whose account a passage relays: an actor's id, or "reporter" (checked against the actors by validate.ts). */
const Account = Slug.describe(
	`Whose account the quoted text relays: the id of one of the timeline's actors (e.g. "kremlin"), or "${REPORTER_ACCOUNT}" for the source's own reporting.`
);

/** A side whose own account of events the timeline does not have (e.g. no readout from one party to a call). */
export const MissingAccountSchema = z.strictObject({
	actor: Slug.describe('The id of one of the timeline\'s actors.'),
	note: Text.optional().describe('What is missing, in the timeline\'s own words, e.g. "Neither source cites a US readout of the call."')
});

export const SourceSchema = z.strictObject({
	id: Slug,
	title: Text.nullable().describe('The title as published; null when the source states none (shown as "Untitled report").'),
	publisher: Text.nullable().describe('Who published it; null when unknown (shown as "publisher unknown").'),
	url: HttpUrl.optional().describe('Where the original was published, if known.'),
	published: z.string().optional().describe('EDTF, e.g. "2025-03-22", "2025-03-22?", "[..2025-03-22]".'),
	archive: ArchivePath.optional().describe('The archived text, relative to the timeline folder. Without it, quotes cannot be verified.'),
	furniture: z.array(Text).optional().describe('Verbatim passages of the archive that are page furniture (share buttons, "Read more"): never citable.'),
	account: Account.optional().describe('Whose account the source mostly relays; its citations relay it unless they say otherwise.'),
	/** What a reader should know about the source, e.g. a factual error in it. */
	notes: z.array(Text).optional()
});

export const CitationSchema = z.strictObject({
	source: Slug,
	quote: Text.describe('Exactly as it stands in the source.'),
	note: Text.optional(),
	account: Account.optional().describe('Whose account this passage relays, when it differs from (or the source does not state) the source\'s own "account".')
});

export const RelatedSchema = z.strictObject({
	event: Slug,
	relation: z.enum(RELATION_IDS)
});

/** A piece of media shown with an event or the title slide, as TimelineJS describes it. */
export const MediaSchema = z.strictObject({
	url: Text.describe('As given: a link to an image, video or page, or an embed code. The app links it only when it is an http(s) URL.'),
	caption: Text.optional().describe('Sanitized HTML.'),
	credit: Text.optional().describe('Sanitized HTML: who made or owns the media.'),
	thumbnail: Text.optional().describe('URL of a small image for the media.'),
	alt: Text.optional().describe('Text alternative for the media.'),
	title: Text.optional().describe('Title of the media.'),
	link: Text.optional().describe('Where a click on the media leads.'),
	linkTarget: Text.optional().describe('The window the link opens in, e.g. "_blank".')
});

/** The backdrop of an event's or the title's slide (TimelineJS). */
export const BackgroundSchema = z.strictObject({
	color: Text.optional().describe('A CSS colour, e.g. "#F45B69" or "papayawhip".'),
	url: Text.optional().describe('URL of a background image.'),
	alt: Text.optional().describe('Text alternative for the background image.'),
	opacity: z.number().min(0).max(100).optional().describe('Opacity of the background in percent (0–100).')
});

export const EventSchema = z.strictObject({
	id: Slug,
	externalId: Text.optional().describe('The event\'s id in the file it was imported from, when that was not a slug, e.g. TimelineJS unique_id "Ada!".'),
	title: Text,
	summary: Text.optional().describe('In the timeline\'s own words, as plain text. May be left out (an imported event without text).'),
	textHtml: Text.optional().describe('The event\'s text as imported, as sanitized HTML; summary holds the same as plain text.'),
	display: Text.optional().describe('The date as the original shows it, e.g. TimelineJS display_date "Winter 1815"; when stays the date the event is placed by.'),
	when: z.string().describe('EDTF: a point, a range or a bounded date (see src/lib/model/dates.ts).'),
	whenNote: Text.optional().describe('Why the date is what it is, e.g. "The sources give no start date."'),
	status: z.enum(STATUS_IDS).describe('What the sources establish: ' + Object.entries(STATUSES).map(([k, v]) => `${k}: ${v}`).join(' ')),
	category: Slug.describe('The id of one of the timeline\'s categories: the lane the event is drawn in.'),
	actors: z.array(Slug).optional().describe('Ids of the actors involved, declared in the timeline\'s "actors".'),
	citations: z.array(CitationSchema).optional().describe('Where the event is reported: a source id and a verbatim quote each.'),
	references: z.array(Slug).optional().describe('Ids of sources that bear on the event but are not quoted (e.g. an imported link): shown as unverified.'),
	media: MediaSchema.optional(),
	background: BackgroundSchema.optional(),
	parent: Slug.optional().describe('An event this one is part of, e.g. the call whose topic it was.'),
	related: z.array(RelatedSchema).optional().describe('Links to other events (led-to, responds-to, related).')
});

export const DiscrepancySchema = z.strictObject({
	id: Slug,
	title: Text,
	note: Text.describe('What is wrong or in dispute, in the timeline\'s own words.'),
	claims: z.array(CitationSchema).min(2, 'needs at least two claims (what each source says)').describe('What each source says, verbatim.'),
	/** Events the discrepancy bears on. */
	events: z.array(Slug).optional()
});

/** A labelled span of time drawn behind the events (TimelineJS eras). */
export const EraSchema = z.strictObject({
	id: Slug,
	title: Text,
	when: z.string().describe('An EDTF range with a start and an end date, e.g. "0602/0629".'),
	summary: Text.optional().describe('Plain text.'),
	textHtml: Text.optional().describe('Sanitized HTML; summary holds the same as plain text.')
});

/** The title slide of an imported TimelineJS timeline: what it showed besides the title and summary. */
export const CoverSchema = z.strictObject({
	textHtml: Text.optional().describe('The title slide\'s text as sanitized HTML; the timeline\'s summary holds it as plain text.'),
	media: MediaSchema.optional(),
	background: BackgroundSchema.optional()
});

export const OriginSchema = z.strictObject({
	format: Text.describe('What the timeline was imported from, e.g. "TimelineJS 3 JSON".'),
	file: Text.optional().describe('The name of the imported file.')
});

export const SCALES = ['human', 'cosmological'] as const;

export const TimelineSchema = z.strictObject({
	$schema: z.string().optional(),
	format: z.literal(1, 'must be 1 (the only version of the format so far)'),
	title: Text,
	summary: Text,
	language: Language.optional().describe('The language the timeline\'s own text is written in.'),
	timeZone: TimeZone.optional().describe('The zone dates are shown in. Dates without a time are calendar days in any zone.'),
	strict: z.boolean().optional().describe('Every event must carry at least one verified quote.'),
	unsourced: z.boolean().optional().describe('Events may carry no citations (e.g. imported from a tool without sources); they are shown as unsourced.'),
	categories: z.array(CategorySchema).min(1, 'needs at least one category (the lanes of the timeline)'),
	actors: z.array(ActorSchema).optional(),
	sources: z.array(SourceSchema).optional(),
	events: z.array(EventSchema),
	discrepancies: z.array(DiscrepancySchema).optional(),
	missingAccounts: z.array(MissingAccountSchema).optional().describe('The sides whose own account the timeline lacks: shown next to its summary.'),
	eras: z.array(EraSchema).optional().describe('Labelled spans of time drawn behind the events.'),
	scale: z.enum(SCALES).optional().describe('"human" (the default) or "cosmological", as TimelineJS declares it.'),
	cover: CoverSchema.optional().describe('The title slide of an imported TimelineJS timeline.'),
	origin: OriginSchema.optional().describe('Where an imported timeline came from.')
});

export type TimelineInput = z.infer<typeof TimelineSchema>;
export type EventInput = z.infer<typeof EventSchema>;
export type SourceInput = z.infer<typeof SourceSchema>;
export type CitationInput = z.infer<typeof CitationSchema>;
export type DiscrepancyInput = z.infer<typeof DiscrepancySchema>;
export type CategoryInput = z.infer<typeof CategorySchema>;
export type ActorInput = z.infer<typeof ActorSchema>;
export type MediaInput = z.infer<typeof MediaSchema>;
export type BackgroundInput = z.infer<typeof BackgroundSchema>;
export type EraInput = z.infer<typeof EraSchema>;
export type CoverInput = z.infer<typeof CoverSchema>;
export type OriginInput = z.infer<typeof OriginSchema>;
export type MissingAccountInput = z.infer<typeof MissingAccountSchema>;

/** The JSON Schema editors use for completion and inline checks. */
export function timelineJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(TimelineSchema, { io: 'input', unrepresentable: 'any' }),
		title: 'Citeline timeline (format 1)'
	};
}
