/**
 * The timeline as schema.org JSON-LD, for search engines and other machines that read pages:
 * an ItemList of Events, each with its dates at the precision the sources give, and each
 * quote as a Quotation (recordedIn, as schema.org links an Event to a quotation of it) that
 * isBasedOn its source: a NewsArticle when the source names its publisher, else a
 * CreativeWork, with its publisher and publication date where known.
 *
 * It says only what the data says: a date the sources give as a bound ("on or after 18
 * March") or as a season or decade has no schema.org form and is left out; an unknown
 * publisher or title is left out, never guessed. Types and properties are schema-dts's
 * (generated from the schema.org vocabulary), and schema-org.spec.ts checks every @type
 * and property of the output against that vocabulary.
 *
 * A page carries the first MAX_JSON_LD_EVENTS events of its list (numberOfItems says how
 * many there are in all): a long timeline's every event would make every page huge.
 *
 * Runs at build time only; nothing here reaches a reader's browser.
 */
import type { CreativeWork, Event as SchemaEvent, ItemList, ListItem, NewsArticle, Quotation, WithContext } from 'schema-dts';
import type { DatePoint, When } from '../model/dates';
import type { Citation, Source, Timeline, TimelineEvent } from '../model/timeline';

/** Events a page's JSON-LD carries at most. */
export const MAX_JSON_LD_EVENTS = 100;

export interface JsonLdOptions {
	/** The site's origin (https://citeline.example), or '' for root-relative addresses. */
	origin: string;
	/** The page's own path: /t/<slug> or /t/<slug>/story. */
	pagePath: string;
	/** The list's order, as event ids (story mode's); default: every event in time order. */
	order?: readonly string[];
	/** Events carried at most; default MAX_JSON_LD_EVENTS. */
	maxEvents?: number;
}

/** A date in ISO 8601 at the precision it is known to (2025, 2025-03, 2025-03-19, or an instant); undefined where ISO 8601 has no form for it. */
export function schemaOrgDate(date: DatePoint): string | undefined {
	if (date.unspecified || !Number.isFinite(date.earliestMs)) return undefined;
	const iso = new Date(date.earliestMs).toISOString();
	// Years before 0 or after 9999 come out as ±YYYYYY, which schema.org's Date does not read.
	if (!/^\d{4}-/.test(iso)) return undefined;
	switch (date.precision) {
		case 'year':
			return iso.slice(0, 4);
		case 'month':
			return iso.slice(0, 7);
		case 'day':
			return iso.slice(0, 10);
		case 'minute':
			return `${iso.slice(0, 16)}Z`;
		case 'second':
			return `${iso.slice(0, 19)}Z`;
		case 'millisecond':
			return iso;
		default:
			// Seasons, decades, centuries, millennia.
			return undefined;
	}
}

/** An event's start and end dates, where the sources give them. A date known only as a bound has neither. */
export function eventDates(when: When): { startDate?: string; endDate?: string } {
	const dates: { startDate?: string; endDate?: string } = {};
	if (when.kind === 'point') {
		const start = schemaOrgDate(when.date);
		if (start) dates.startDate = start;
	} else if (when.kind === 'range') {
		const start = when.start.kind === 'date' ? schemaOrgDate(when.start.date) : undefined;
		const end = when.end.kind === 'date' ? schemaOrgDate(when.end.date) : undefined;
		if (start) dates.startDate = start;
		if (end) dates.endDate = end;
	}
	return dates;
}

export function timelineJsonLd(timeline: Timeline, options: JsonLdOptions): WithContext<ItemList> {
	const { origin, pagePath } = options;
	const base = `${origin}/t/${timeline.slug}`;
	const byId = new Map(timeline.events.map((e) => [e.id, e]));
	const ordered = options.order ? options.order.flatMap((id) => byId.get(id) ?? []) : timeline.events;
	const shown = ordered.slice(0, options.maxEvents ?? MAX_JSON_LD_EVENTS);
	const sources = new Map(timeline.sources.map((s) => [s.id, s]));

	const sourceNode = (source: Source): NewsArticle | CreativeWork => {
		const published = source.published?.kind === 'point' ? schemaOrgDate(source.published.date) : undefined;
		const fields = {
			'@id': `${base}/sources/${source.id}`,
			...(source.title === null ? {} : { name: source.title }),
			...(source.publisher === null ? {} : { publisher: { '@type': 'Organization' as const, name: source.publisher } }),
			...(published ? { datePublished: published } : {}),
			...(source.url ? { url: source.url } : {}),
			...(source.archive ? { archivedAt: `${base}/sources/${source.id}` } : {}),
			inLanguage: timeline.language
		};
		return source.publisher === null
			? { '@type': 'CreativeWork', ...fields }
			: { '@type': 'NewsArticle', ...fields, ...(source.title === null ? {} : { headline: source.title }) };
	};

	const quotation = (citation: Citation): Quotation[] => {
		const source = sources.get(citation.source);
		if (!source) return [];
		const passage = citation.verification.state === 'verified' ? `${base}/sources/${source.id}#quote-${citation.verification.start}-${citation.verification.end}` : undefined;
		return [{ '@type': 'Quotation', text: citation.quote, inLanguage: timeline.language, isBasedOn: sourceNode(source), ...(passage ? { url: passage } : {}) }];
	};

	const eventNode = (event: TimelineEvent): SchemaEvent => {
		const quotes = event.citations.flatMap(quotation);
		return {
			'@type': 'Event',
			'@id': `${base}?event=${event.id}`,
			name: event.title,
			...(event.summary ? { description: event.summary } : {}),
			...eventDates(event.when),
			url: `${base}?event=${event.id}`,
			inLanguage: timeline.language,
			...(quotes.length > 0 ? { recordedIn: quotes } : {})
		};
	};

	const items: ListItem[] = shown.map((event, i) => ({ '@type': 'ListItem', position: i + 1, item: eventNode(event) }));
	return {
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		name: timeline.title,
		description: timeline.summary,
		url: `${origin}${pagePath}`,
		numberOfItems: ordered.length,
		...(options.order ? {} : { itemListOrder: 'https://schema.org/ItemListOrderAscending' }),
		itemListElement: items
	};
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` written as
 * \u escapes, so that no text in the data ("</script>" in a title) can close the element or
 * open a comment, and the line separators that some parsers take for line ends likewise.
 */
export function jsonLdScriptText(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
