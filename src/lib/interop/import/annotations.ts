/**
 * W3C Web Annotations taken back as citations of an existing timeline: what
 * export/annotations.ts writes, or annotations made in another tool in the same shape.
 *
 * Each annotation must name an event of the timeline (a linking body whose address has
 * `?event=<id>`), one of its sources (the target: the archived text's address
 * `…/sources/<id>.txt`, the source page `…/sources/<id>`, or the source's own `url`) and the
 * quote (a TextQuoteSelector's `exact`). Where the source has an archived text, the quote
 * must stand in it: at the TextPositionSelector's offsets (code points), else anywhere in the
 * text (a citation stores no place: the validator verifies it where it first stands).
 * The quote is taken exactly as the annotation writes it, never changed.
 *
 * Every annotation not taken is reported with its position and why: not an annotation, no
 * event or an unknown one, an unknown source, no quote, a quote the archive does not have,
 * one the event cites already.
 */
import { findQuote, foldForMatching, type QuoteSpan } from '../../model/quotes';
import type { CitationInput, EventInput, SourceInput } from '../../model/schema';
import { ACCOUNT_TAG } from '../export/annotations';

export interface NotTaken {
	/** "annotation 3 (https://…#phone-call-1)". */
	position: string;
	reason: string;
}

export interface AnnotationMerge {
	/** How many citations were added. */
	added: number;
	notTaken: NotTaken[];
}

/** The timeline file as read (raw, not validated): the parts this import reads and changes. */
export interface RawTimeline {
	events: Array<Partial<EventInput> & { id?: unknown; citations?: unknown }>;
	sources?: Array<Partial<SourceInput>>;
}

export interface MergeOptions {
	/** A source's archived text (line ends as \n), undefined when it has none. */
	archiveText(sourceId: string): string | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const typesOf = (value: Record<string, unknown>): unknown[] => listOf(value.type ?? value['@type']);

/** Whether parsed JSON is Web Annotations: a collection, a page, one annotation, or a list of them. */
export function isWebAnnotations(data: unknown): boolean {
	if (Array.isArray(data)) return data.length > 0 && data.every((item) => isObject(item) && typesOf(item).includes('Annotation'));
	if (!isObject(data)) return false;
	return typesOf(data).some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage');
}

/** The annotations of a collection (its first page, inline), a page, a list or one annotation. */
function annotationsIn(data: unknown): { items: unknown[]; problem?: string } {
	if (Array.isArray(data)) return { items: data };
	if (!isObject(data)) return { items: [] };
	const types = typesOf(data);
	if (types.includes('AnnotationCollection')) {
		if (typeof data.first === 'string') return { items: [], problem: `the collection's first page is at ${data.first}: give a file with its items inline` };
		return annotationsIn(data.first);
	}
	if (types.includes('AnnotationPage')) return { items: listOf(data.items) };
	return { items: [data] };
}

/** The UTF-16 offset of the code point offset `points` (TextPositionSelector counts code points). */
export function utf16Offset(text: string, points: number): number {
	let i = 0;
	for (let n = 0; n < points && i < text.length; n++) {
		const code = text.charCodeAt(i);
		i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
	}
	return i;
}

/** The event id an annotation's body links to (`?event=<id>`), if any. */
function linkedEvent(bodies: unknown[]): string | undefined {
	for (const body of bodies) {
		const address = typeof body === 'string' ? body : isObject(body) && typeof body.source === 'string' ? body.source : isObject(body) && typeof body.id === 'string' ? body.id : undefined;
		if (address === undefined) continue;
		try {
			const id = new URL(address, 'http://citeline.invalid').searchParams.get('event');
			if (id) return id;
		} catch {
			// not an address: look at the next body
		}
	}
	return undefined;
}

/** The source a target's address names: by its archive's or page's address, or its own url. */
function targetSource(address: string, sources: ReadonlyArray<Partial<SourceInput>>): string | undefined {
	const byPath = /\/sources\/([^/?#]+?)(?:\.txt)?(?:[?#].*)?$/.exec(address)?.[1];
	if (byPath !== undefined) {
		const id = decodeURIComponent(byPath);
		if (sources.some((s) => s.id === id)) return id;
	}
	return sources.find((s) => s.url !== undefined && s.url === address)?.id;
}

export function mergeAnnotations(timeline: RawTimeline, data: unknown, options: MergeOptions): AnnotationMerge {
	const notTaken: NotTaken[] = [];
	const { items, problem } = annotationsIn(data);
	if (problem) notTaken.push({ position: 'file', reason: problem });
	const events = new Map(timeline.events.flatMap((e) => (typeof e.id === 'string' ? [[e.id, e] as const] : [])));
	const sources = timeline.sources ?? [];
	let added = 0;

	items.forEach((item, i) => {
		const position = `annotation ${i + 1}${isObject(item) && typeof item.id === 'string' ? ` (${item.id})` : ''}`;
		const refuse = (reason: string) => void notTaken.push({ position, reason });
		if (!isObject(item) || !typesOf(item).includes('Annotation')) return refuse('is not an annotation (no "type": "Annotation")');

		const bodies = listOf(item.body);
		const eventId = linkedEvent(bodies);
		if (eventId === undefined) return refuse('links to no event: its body has no address with ?event=<id>');
		const event = events.get(eventId);
		if (!event) return refuse(`links to the event "${eventId}", which this timeline does not have`);

		const target = listOf(item.target)[0];
		const address = typeof target === 'string' ? target : isObject(target) && typeof target.source === 'string' ? target.source : undefined;
		if (address === undefined) return refuse('has no target source');
		const sourceId = targetSource(address, sources);
		if (sourceId === undefined) return refuse(`its target ${address} is none of the timeline's sources`);

		const selectors = isObject(target) ? listOf(target.selector).filter(isObject) : [];
		const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
		const exact = quote?.exact;
		if (typeof exact !== 'string' || exact.trim() === '') return refuse('has no quote (a TextQuoteSelector with "exact")');

		const text = options.archiveText(sourceId);
		if (text !== undefined) {
			const folded = foldForMatching(text);
			const wanted = foldForMatching(exact.trim()).text;
			const at = selectors.find((s) => s.type === 'TextPositionSelector');
			let found: QuoteSpan | undefined;
			if (at && Number.isInteger(at.start) && Number.isInteger(at.end) && (at.start as number) >= 0 && (at.end as number) > (at.start as number)) {
				const span = { start: utf16Offset(text, at.start as number), end: utf16Offset(text, at.end as number) };
				if (foldForMatching(text.slice(span.start, span.end).trim()).text === wanted) found = span;
			}
			found ??= findQuote(folded, exact)[0];
			if (!found) return refuse(`the quote "${exact.length > 60 ? `${exact.slice(0, 60)}…` : exact}" is not in the archived text of source "${sourceId}"`);
		}

		const existing = Array.isArray(event.citations) ? (event.citations as Array<Partial<CitationInput>>) : [];
		if (existing.some((c) => c.source === sourceId && c.quote === exact)) return refuse(`event "${eventId}" cites this quote of "${sourceId}" already`);

		const textOf = (purpose: string) =>
			bodies.find((b): b is Record<string, unknown> => isObject(b) && b.purpose === purpose && typeof b.value === 'string' && (purpose !== 'tagging' || String(b.value).startsWith(ACCOUNT_TAG)))?.value as string | undefined;
		const note = textOf('commenting');
		const account = textOf('tagging')?.slice(ACCOUNT_TAG.length);
		const citation: CitationInput = { source: sourceId, quote: exact, ...(note === undefined ? {} : { note }), ...(account ? { account } : {}) };
		event.citations = [...existing, citation] as EventInput['citations'];
		added++;
	});
	return { added, notTaken };
}
