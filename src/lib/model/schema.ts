/**
 * The timeline file format: the single source of truth for what a timeline file may say.
 *
 * This schema checks shape (types, required fields, unknown fields, slugs) and what each
 * value may hold on its own: lengths (limits.ts), HTML (safe-html.ts), links (links.ts),
 * colours (css-color.ts). What needs more than one field or a file on disk — dates,
 * references between ids, quotes against archived sources — is checked by validate.ts.
 * docs/data-format.md explains the format for people; `npm run schema` writes
 * docs/timeline.schema.json for editors.
 */
import './zod-browser';
import { z } from 'zod';
import { isCssColor } from './css-color';
import { MAX_CHARS, lengthProblem, type TextKind } from './limits';
import { linkProblem } from './links';
import { htmlProblems, markupIn } from './safe-html';
import { REPORTER_ACCOUNT } from './timeline';
import { RELATION_IDS, STATUS_IDS, STATUSES } from './vocabulary';

export { RELATIONS, STATUSES, type Relation, type Status } from './vocabulary';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z
	.string()
	.regex(SLUG, 'must be a slug: lowercase letters a–z, digits and single hyphens, e.g. "prisoner-exchange"');

type Check = (value: string) => string | undefined;

/** A string of at most MAX_CHARS[kind] characters, blank or not, that passes `checks`. */
function limited(kind: TextKind, ...checks: Check[]) {
	return z
		.string()
		.superRefine((value, ctx) => {
			for (const check of [(s: string) => lengthProblem(s, kind), ...checks]) {
				const problem = check(value);
				if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input: value });
			}
		})
		.meta({ maxLength: MAX_CHARS[kind] });
}

const notBlank: Check = (s) => (s.trim() === '' ? 'must not be empty' : undefined);

/** Non-blank text. Kept as written: trimming would change a quote. */
const text = (kind: TextKind) => limited(kind, notBlank);

/** Text that the TimelineJS export writes as it stands into a field TimelineJS shows as HTML. */
const noMarkup: Check = (s) => {
	const markup = markupIn(s);
	return markup === undefined ? undefined : `must be plain text: "${markup}" would be read as HTML; leave out the "<"`;
};
const plainText = (kind: TextKind) => limited(kind, notBlank, noMarkup);

/** Sanitized HTML: no more than the import's sanitizer keeps (see safe-html.ts). */
const sanitized: Check = (s) => {
	const problems = htmlProblems(s);
	if (problems.length === 0) return undefined;
	const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
	return `${problems.slice(0, 3).join('; ')}${more}. Remove it: a timeline's HTML may hold only what sanitizing keeps (docs/data-format.md, "HTML")`;
};
const Html = limited('html', notBlank, sanitized);

/** An http(s) link, absolute or relative (see links.ts). */
const Link = limited('url', notBlank, linkProblem);

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
	label: text('title'),
	description: text('text').optional(),
	externalGroup: limited('title', noMarkup)
		.optional()
		.describe('The group name this lane had in the file it was imported from, as plain text ("" for events that had no group); the TimelineJS export writes it back as "group".')
});

export const ActorSchema = z.strictObject({
	id: Slug,
	name: text('title'),
	description: text('text').optional()
});

/** Whose account a passage relays: an actor's id, or "reporter" (checked against the actors by validate.ts). */
const Account = Slug.describe(
	`Whose account the quoted text relays: the id of one of the timeline's actors (e.g. "kremlin"), or "${REPORTER_ACCOUNT}" for the source's own reporting.`
);

/** A side whose own account of events the timeline does not have (e.g. no readout from one party to a call). */
export const MissingAccountSchema = z.strictObject({
	actor: Slug.describe('The id of one of the timeline\'s actors.'),
	note: text('text').optional().describe('What is missing, in the timeline\'s own words, e.g. "Neither source cites a US readout of the call."')
});

export const SourceSchema = z.strictObject({
	id: Slug,
	title: text('title').nullable().describe('The title as published; null when the source states none (shown as "Untitled report").'),
	publisher: text('title').nullable().describe('Who published it; null when unknown (shown as "publisher unknown").'),
	url: HttpUrl.optional().describe('Where the original was published, if known.'),
	published: z.string().optional().describe('EDTF, e.g. "2025-03-22", "2025-03-22?", "[..2025-03-22]".'),
	archive: ArchivePath.optional().describe('The archived text, relative to the timeline folder. Without it, quotes cannot be verified.'),
	furniture: z.array(text('quote')).optional().describe('Verbatim passages of the archive that are page furniture (share buttons, "Read more"): never citable.'),
	account: Account.optional().describe('Whose account the source mostly relays; its citations relay it unless they say otherwise.'),
	/** What a reader should know about the source, e.g. a factual error in it. */
	notes: z.array(text('text')).optional()
});

export const CitationSchema = z.strictObject({
	source: Slug,
	quote: text('quote').describe('Exactly as it stands in the source.'),
	note: text('text').optional(),
	account: Account.optional().describe('Whose account this passage relays, when it differs from (or the source does not state) the source\'s own "account".')
});

export const RelatedSchema = z.strictObject({
	event: Slug,
	relation: z.enum(RELATION_IDS)
});

/** A media link, or an embed code (a blockquote, say) that TimelineJS shows as HTML. */
const MediaUrl = limited('html', notBlank, (s) => (/^\s*</.test(s) ? sanitized(s) : linkProblem(s)));

/** A window name for a link's target: "_blank", "_self", or a name of letters, digits, "-" and "_". */
const WindowName = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be a window name such as "_blank"');

const Color = z.string().refine(isCssColor, 'must be a CSS colour: a hex colour such as "#F45B69" or a colour name such as "papayawhip"');

/** A piece of media shown with an event or the title slide, as TimelineJS describes it. */
export const MediaSchema = z.strictObject({
	url: MediaUrl.describe('A link to an image, video or page (http(s), or relative), or an embed code as sanitized HTML (starting with "<").'),
	caption: Html.optional().describe('Sanitized HTML.'),
	credit: Html.optional().describe('Sanitized HTML: who made or owns the media.'),
	thumbnail: Link.optional().describe('URL of a small image for the media (http(s), or relative).'),
	alt: plainText('title').optional().describe('Text alternative for the media, as plain text.'),
	title: plainText('title').optional().describe('Title of the media, as plain text.'),
	link: Link.optional().describe('Where a click on the media leads (http(s), or relative).'),
	linkTarget: WindowName.optional().describe('The window the link opens in, e.g. "_blank".')
});

/** The backdrop of an event's or the title's slide (TimelineJS). */
export const BackgroundSchema = z.strictObject({
	color: Color.optional().describe('A CSS hex colour or colour name, e.g. "#F45B69" or "papayawhip".'),
	url: Link.optional().describe('URL of a background image (http(s), or relative).'),
	alt: plainText('title').optional().describe('Text alternative for the background image, as plain text.'),
	opacity: z.number().min(0).max(100).optional().describe('Opacity of the background in percent (0–100).')
});

export const EventSchema = z.strictObject({
	id: Slug,
	externalId: plainText('title').optional().describe('The event\'s id in the file it was imported from, when that was not a slug, e.g. TimelineJS unique_id "Ada!".'),
	title: text('title'),
	summary: text('text').optional().describe('In the timeline\'s own words, as plain text. May be left out (an imported event without text).'),
	textHtml: Html.optional().describe('The event\'s text as imported, as sanitized HTML; summary holds the same as plain text.'),
	display: plainText('title').optional().describe('The date as the original shows it, as plain text, e.g. TimelineJS display_date "Winter 1815"; when stays the date the event is placed by.'),
	when: z.string().describe('EDTF: a point, a range or a bounded date (see src/lib/model/dates.ts).'),
	whenNote: text('text').optional().describe('Why the date is what it is, e.g. "The sources give no start date."'),
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
	title: text('title'),
	note: text('text').describe('What is wrong or in dispute, in the timeline\'s own words.'),
	claims: z.array(CitationSchema).min(2, 'needs at least two claims (what each source says)').describe('What each source says, verbatim.'),
	/** Events the discrepancy bears on. */
	events: z.array(Slug).optional()
});

/** A labelled span of time drawn behind the events (TimelineJS eras). */
export const EraSchema = z.strictObject({
	id: Slug,
	title: text('title'),
	when: z.string().describe('An EDTF range with a start and an end date, e.g. "0602/0629".'),
	summary: text('text').optional().describe('Plain text.'),
	textHtml: Html.optional().describe('Sanitized HTML; summary holds the same as plain text.')
});

/** The title slide of an imported TimelineJS timeline: what it showed besides the title and summary. */
export const CoverSchema = z.strictObject({
	textHtml: Html.optional().describe('The title slide\'s text as sanitized HTML; the timeline\'s summary holds it as plain text.'),
	media: MediaSchema.optional(),
	background: BackgroundSchema.optional()
});

export const OriginSchema = z.strictObject({
	format: text('title').describe('What the timeline was imported from, e.g. "TimelineJS 3 JSON".'),
	file: text('title').optional().describe('The name of the imported file.')
});

export const SCALES = ['human', 'cosmological'] as const;

/** Story mode's steps (see src/lib/story): which events the story tells, in which order. */
export const StorySchema = z.strictObject({
	events: z
		.array(Slug)
		.min(1, 'needs at least one event; leave "story" out to step through every event in time order')
		.describe('The ids of the events the story steps through, in the order it tells them; events left out are not in the story (they stay on the timeline).')
});

export const TimelineSchema = z.strictObject({
	$schema: z.string().optional(),
	format: z.literal(1, 'must be 1 (the only version of the format so far)'),
	title: text('title'),
	summary: text('text'),
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
	origin: OriginSchema.optional().describe('Where an imported timeline came from.'),
	story: StorySchema.optional().describe('Story mode: the events it steps through and their order. Without it, every event in time order.')
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
export type StoryInput = z.infer<typeof StorySchema>;

/** The JSON Schema editors use for completion and inline checks. */
export function timelineJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(TimelineSchema, { io: 'input', unrepresentable: 'any' }),
		title: 'Citeline timeline (format 1)'
	};
}
