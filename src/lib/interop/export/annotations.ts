/**
 * The citations of a timeline as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * so that annotation tools can show each quote on its archived source, and another Citeline can
 * take them back (import/annotations.ts).
 *
 * One annotation per citation of an event, in time order and the event's own order of
 * citations. Its target is the archived text (`<site>/t/<slug>/sources/<id>.txt`), picked out
 * by a TextQuoteSelector (the quote, with up to 32 characters of the archive before and after
 * it) and, for a verified quote, a TextPositionSelector (its offsets in the archive, counted in
 * Unicode code points as the model asks, not UTF-16 units). Its body links to the event
 * (purpose "linking"), names it ("describing"), and carries the citation's note ("commenting")
 * and whose account it relays (a tag "account:<actor>"), so that nothing is lost on the way back.
 *
 * The quote is written as the timeline has it, never changed: where the archive differs only
 * as the verifier allows (whitespace, quotation marks, dashes; model/quotes.ts), `exact` keeps
 * the timeline's characters and the position selector still points at the passage.
 * Discrepancies' claims are not exported: they belong to the discrepancy, not to a passage's link
 * to one event.
 */
import type { Citation, Source, Timeline, TimelineEvent } from '../../model/timeline';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of the archive kept before and after each quote, to tell apart passages that repeat. */
export const CONTEXT_CHARS = 32;
/** The tag that names whose account a passage relays: "account:kremlin". */
export const ACCOUNT_TAG = 'account:';

export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix?: string;
	suffix?: string;
}

export interface TextPositionSelector {
	type: 'TextPositionSelector';
	start: number;
	end: number;
}

export type AnnotationBody =
	| { type: 'SpecificResource'; purpose: 'linking'; source: string }
	| { type: 'TextualBody'; purpose: 'describing' | 'commenting' | 'tagging'; value: string; format?: 'text/plain'; language?: string };

export interface WebAnnotation {
	'@context'?: string;
	id: string;
	type: 'Annotation';
	motivation: 'linking';
	body: AnnotationBody[];
	target: { source: string; selector: Array<TextQuoteSelector | TextPositionSelector> };
}

export interface AnnotationCollection {
	'@context': string;
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface AnnotationContext {
	/** The site's origin (https://citeline.example); '' writes root-relative addresses. */
	baseUrl?: string;
	/** A source's archived text, as the validator read it (line ends as \n). */
	archiveText(sourceId: string): string | undefined;
}

/** The offset `utf16` (a JavaScript string index) as a count of code points. */
export function codePointOffset(text: string, utf16: number): number {
	let points = 0;
	for (let i = 0; i < utf16; i++) {
		const code = text.charCodeAt(i);
		// A high surrogate followed by a low one is one code point.
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < utf16) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) i++;
		}
		points++;
	}
	return points;
}

/** The address of a source's archived text, which the selectors point into. */
export function archiveAddress(base: string, slug: string, sourceId: string): string {
	return `${base}/t/${slug}/sources/${sourceId}.txt`;
}

/** The address of an event on the explorer. */
export function eventAddress(base: string, slug: string, eventId: string): string {
	return `${base}/t/${slug}?event=${encodeURIComponent(eventId)}`;
}

function annotationOf(timeline: Timeline, event: TimelineEvent, citation: Citation, n: number, source: Source | undefined, context: AnnotationContext): WebAnnotation {
	const base = (context.baseUrl ?? '').replace(/\/$/, '');
	const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: citation.quote };
	const selector: WebAnnotation['target']['selector'] = [quote];
	const text = context.archiveText(citation.source);
	if (citation.verification.state === 'verified' && text !== undefined) {
		const { start, end } = citation.verification;
		const prefix = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
		const suffix = text.slice(end, end + CONTEXT_CHARS);
		if (prefix !== '') quote.prefix = prefix;
		if (suffix !== '') quote.suffix = suffix;
		selector.push({ type: 'TextPositionSelector', start: codePointOffset(text, start), end: codePointOffset(text, end) });
	}
	const body: AnnotationBody[] = [
		{ type: 'SpecificResource', purpose: 'linking', source: eventAddress(base, timeline.slug, event.id) },
		{ type: 'TextualBody', purpose: 'describing', value: event.title, format: 'text/plain', language: timeline.language }
	];
	if (citation.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: citation.note, format: 'text/plain', language: timeline.language });
	if (citation.account !== undefined) body.push({ type: 'TextualBody', purpose: 'tagging', value: `${ACCOUNT_TAG}${citation.account}` });
	return {
		id: `${base}/t/${timeline.slug}/annotations#${event.id}-${n}`,
		type: 'Annotation',
		motivation: 'linking',
		body,
		// A source without an archive is known by its URL (the quote cannot be placed by position there).
		target: { source: source?.archive || !source?.url ? archiveAddress(base, timeline.slug, citation.source) : source.url, selector }
	};
}

export function toWebAnnotations(timeline: Timeline, context: AnnotationContext): AnnotationCollection {
	const base = (context.baseUrl ?? '').replace(/\/$/, '');
	const sources = new Map(timeline.sources.map((s) => [s.id, s]));
	const items = timeline.events.flatMap((event) => event.citations.map((citation, i) => annotationOf(timeline, event, citation, i + 1, sources.get(citation.source), context)));
	const id = `${base}/t/${timeline.slug}/annotations`;
	return {
		'@context': ANNOTATION_CONTEXT,
		id,
		type: 'AnnotationCollection',
		label: `Citations of “${timeline.title}”`,
		total: items.length,
		first: { id: `${id}?page=1`, type: 'AnnotationPage', startIndex: 0, items }
	};
}
